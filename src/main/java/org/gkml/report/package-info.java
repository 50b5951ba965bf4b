/**
 * Findings as output: text, JSON, SARIF, JUnit and GitHub formats, and the baseline that hides
 * known findings.
 */
package org.gkml.report;
