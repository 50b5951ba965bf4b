@echo off
rem gkml for Windows: runs lib\gkml.jar with the JVM options of lib\gkml.jvmopts.
rem Needs a Java 17 or later runtime: java on the PATH, or JAVA_HOME. GKML_JAVA_OPTS adds JVM
rem options after ours (e.g. set GKML_JAVA_OPTS=-Xmx4g for a tree larger than a province).
setlocal
set "GKML_LIB=%~dp0..\lib"
set "GKML_JAVA=java"
if defined JAVA_HOME set "GKML_JAVA=%JAVA_HOME%\bin\java.exe"

rem Class-data sharing: the first run maps the classes the build's training run listed
rem (lib\gkml.classlist) into an archive with this Java; later runs load them from there. The JVM
rem checks the jar only by size and date, which releases share (every file is dated 2026-01-01),
rem so the archive is named for the build id the release carries (lib\gkml.build-id): a release
rem unpacked over another makes its own archive and removes the old one. Without the id: no archive.
rem gkml is told the id and archive: it checks the jar is that build (one replaced alone is not).
set "GKML_ID="
set "GKML_JSA="
if exist "%GKML_LIB%\gkml.build-id" for /f "usebackq delims=" %%i in ("%GKML_LIB%\gkml.build-id") do if not defined GKML_ID set "GKML_ID=%%i"
if defined GKML_ID if not "%GKML_ID:~15,1%"=="" set "GKML_JSA=%GKML_LIB%\gkml-%GKML_ID:~0,16%.jsa"
if not defined GKML_JSA goto plain
if not exist "%GKML_LIB%\gkml.classlist" goto plain
if exist "%GKML_JSA%" goto shared
"%GKML_JAVA%" "@%GKML_LIB%\gkml.jvmopts" -Xshare:dump "-XX:SharedClassListFile=%GKML_LIB%\gkml.classlist" "-XX:SharedArchiveFile=%GKML_JSA%.tmp" -cp "%GKML_LIB%\gkml.jar" >nul 2>&1
if errorlevel 1 goto dumped
move /y "%GKML_JSA%.tmp" "%GKML_JSA%" >nul 2>&1
for %%f in ("%GKML_LIB%\gkml.jsa" "%GKML_LIB%\gkml-*.jsa") do if /i not "%%~nxf"=="gkml-%GKML_ID:~0,16%.jsa" del /q "%%~ff" >nul 2>&1
:dumped
if exist "%GKML_JSA%.tmp" del /q "%GKML_JSA%.tmp" >nul 2>&1
if exist "%GKML_JSA%" goto shared
:plain
"%GKML_JAVA%" "@%GKML_LIB%\gkml.jvmopts" %GKML_JAVA_OPTS% -jar "%GKML_LIB%\gkml.jar" %*
exit /b %ERRORLEVEL%
:shared
"%GKML_JAVA%" "@%GKML_LIB%\gkml.jvmopts" %GKML_JAVA_OPTS% "-XX:SharedArchiveFile=%GKML_JSA%" "-Dgkml.cds.id=%GKML_ID%" "-Dgkml.cds.archive=%GKML_JSA%" -jar "%GKML_LIB%\gkml.jar" %*
exit /b %ERRORLEVEL%
