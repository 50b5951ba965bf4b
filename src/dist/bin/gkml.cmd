@echo off
rem gkml for Windows: runs lib\gkml.jar with the JVM options of lib\gkml.jvmopts.
rem Needs a Java 17 or later runtime: java on the PATH, or JAVA_HOME. GKML_JAVA_OPTS adds JVM
rem options after ours (e.g. set GKML_JAVA_OPTS=-Xmx4g for a tree larger than a province).
setlocal
set "GKML_LIB=%~dp0..\lib"
set "GKML_JAVA=java"
if defined JAVA_HOME set "GKML_JAVA=%JAVA_HOME%\bin\java.exe"

rem Class-data sharing: the first run maps the classes the build's training run listed
rem (lib\gkml.classlist) into lib\gkml.jsa with this Java; later runs load them from there.
if not exist "%GKML_LIB%\gkml.jsa" if exist "%GKML_LIB%\gkml.classlist" (
  "%GKML_JAVA%" "@%GKML_LIB%\gkml.jvmopts" -Xshare:dump "-XX:SharedClassListFile=%GKML_LIB%\gkml.classlist" "-XX:SharedArchiveFile=%GKML_LIB%\gkml.jsa" -cp "%GKML_LIB%\gkml.jar" >nul 2>&1
)
if exist "%GKML_LIB%\gkml.jsa" goto shared
"%GKML_JAVA%" "@%GKML_LIB%\gkml.jvmopts" %GKML_JAVA_OPTS% -jar "%GKML_LIB%\gkml.jar" %*
exit /b %ERRORLEVEL%
:shared
"%GKML_JAVA%" "@%GKML_LIB%\gkml.jvmopts" %GKML_JAVA_OPTS% "-XX:SharedArchiveFile=%GKML_LIB%\gkml.jsa" -jar "%GKML_LIB%\gkml.jar" %*
exit /b %ERRORLEVEL%
