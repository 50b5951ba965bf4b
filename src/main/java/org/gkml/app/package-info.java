/**
 * The application layer: one service per command family, each the whole path of a command through
 * the stages (load, resolve, check, report the findings that stop an output, exit code) in a few
 * calls. {@link org.gkml.app.CheckService} validates, {@link org.gkml.app.RegionService} resolves
 * one region ({@code merge}, {@code explain}, {@code diff --region}), {@link
 * org.gkml.app.PublishService} exports and builds. Commands in {@code cli} read their options and
 * call one of these; nothing here knows picocli.
 */
package org.gkml.app;
