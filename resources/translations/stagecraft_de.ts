<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>LayerKind</name>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>System packages</source>
        <translation>Systempakete</translation>
    </message>
    <message>
        <source>All dependencies (incl. dev)</source>
        <translation>Alle Abhängigkeiten (inkl. Dev)</translation>
    </message>
    <message>
        <source>Production dependencies</source>
        <translation>Produktionsabhängigkeiten</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>Build output</source>
        <translation>Build-Ausgabe</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Package cache</source>
        <translation>Paket-Cache</translation>
    </message>
    <message>
        <source>Runtime files</source>
        <translation>Laufzeitdateien</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Sonstige Dateien</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Export a Dockerfile that does not fit?</source>
        <translation>Ein Dockerfile exportieren, das nicht passt?</translation>
    </message>
    <message numerus="yes">
        <source>The build check found %n problem(s) with %1: this Dockerfile would not build or start there as it is.</source>
        <translation>
            <numerusform>Der Build-Check hat %n Problem mit %1 gefunden: So würde dieses Dockerfile dort nicht bauen oder starten.</numerusform>
            <numerusform>Der Build-Check hat %n Probleme mit %1 gefunden: So würde dieses Dockerfile dort nicht bauen oder starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>WizardStepName</name>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>Fix the Dockerfile so it can be read.</source>
        <translation>Korrigieren Sie das Dockerfile, damit es sich lesen lässt.</translation>
    </message>
    <message>
        <source>there is no FROM instruction</source>
        <translation>es gibt keine FROM-Anweisung</translation>
    </message>
    <message>
        <source>Start the Dockerfile with FROM &lt;image&gt;.</source>
        <translation>Beginnen Sie das Dockerfile mit FROM &lt;image&gt;.</translation>
    </message>
    <message>
        <source>%1 comes before the first FROM</source>
        <translation>%1 steht vor dem ersten FROM</translation>
    </message>
    <message>
        <source>Put FROM &lt;image&gt; first.</source>
        <translation>Setzen Sie FROM &lt;image&gt; an den Anfang.</translation>
    </message>
    <message>
        <source>the folder in front of the wildcard of &apos;%1&apos;</source>
        <translation>der Ordner vor dem Platzhalter von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is left out of the build context by .dockerignore</source>
        <translation>%1 wird durch .dockerignore aus dem Build-Kontext ausgeschlossen</translation>
    </message>
    <message>
        <source>Remove the .dockerignore line that excludes it, or stop using it here.</source>
        <translation>Entfernen Sie die .dockerignore-Zeile, die es ausschließt, oder verwenden Sie es hier nicht mehr.</translation>
    </message>
    <message>
        <source>%1 does not exist in the build context</source>
        <translation>%1 existiert nicht im Build-Kontext</translation>
    </message>
    <message>
        <source>Add the file to the project, or remove this mount (a wildcard such as &apos;name*&apos; is allowed to match nothing).</source>
        <translation>Fügen Sie die Datei dem Projekt hinzu oder entfernen Sie diesen Mount (ein Platzhalter wie &apos;name*&apos; darf auf nichts passen).</translation>
    </message>
    <message>
        <source>Add the file to the project, or remove this source (a wildcard such as &apos;name*&apos; is allowed to match nothing).</source>
        <translation>Fügen Sie die Datei dem Projekt hinzu oder entfernen Sie diese Quelle (ein Platzhalter wie &apos;name*&apos; darf auf nichts passen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in stage &apos;%2&apos;: nothing copies, installs or builds it there</source>
        <translation>&apos;%1&apos; ist nicht in der Stage &apos;%2&apos;: Nichts kopiert, installiert oder baut es dort</translation>
    </message>
    <message>
        <source>Copy only what stage &apos;%1&apos; produces (check the build output folder), or add the step that creates it.</source>
        <translation>Kopieren Sie nur, was die Stage &apos;%1&apos; erzeugt (prüfen Sie den Build-Ausgabeordner), oder ergänzen Sie den Schritt, der es erzeugt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in image &apos;%2&apos;: nothing copies, installs or builds it there</source>
        <translation>&apos;%1&apos; ist nicht im Image &apos;%2&apos;: Nichts kopiert, installiert oder baut es dort</translation>
    </message>
    <message>
        <source>Copy a path the image has.</source>
        <translation>Kopieren Sie einen Pfad, den das Image hat.</translation>
    </message>
    <message>
        <source>the bind mount&apos;s source &apos;%1&apos; is not in stage &apos;%2&apos;</source>
        <translation>die Quelle &apos;%1&apos; des Bind-Mounts ist nicht in der Stage &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Mount a path the stage has, or add the step that creates it.</source>
        <translation>Binden Sie einen Pfad ein, den die Stage hat, oder ergänzen Sie den Schritt, der ihn erzeugt.</translation>
    </message>
    <message>
        <source>the bind mount&apos;s source</source>
        <translation>die Quelle des Bind-Mounts</translation>
    </message>
    <message>
        <source>Copy it into the final stage (or its build output), or start the file that is there.</source>
        <translation>Kopieren Sie sie in die finale Stage (oder ihre Build-Ausgabe), oder starten Sie die Datei, die dort ist.</translation>
    </message>
    <message>
        <source>the program &apos;%1&apos; is not in the final stage</source>
        <translation>das Programm &apos;%1&apos; ist nicht in der finalen Stage</translation>
    </message>
    <message>
        <source>the script &apos;%1&apos; is not in the final stage</source>
        <translation>das Skript &apos;%1&apos; ist nicht in der finalen Stage</translation>
    </message>
    <message>
        <source>%1&apos;s default</source>
        <translation>Standard von %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>EXPOSE says %1 but the app listens on %2 (%3)</source>
        <translation>EXPOSE nennt %1, aber die App lauscht auf %2 (%3)</translation>
    </message>
    <message>
        <source>Use one port: EXPOSE %1, or set %2 to match.</source>
        <translation>Verwenden Sie einen Port: EXPOSE %1, oder setzen Sie %2 passend.</translation>
    </message>
    <message>
        <source>Use one port: EXPOSE %1, or make them the same.</source>
        <translation>Verwenden Sie einen Port: EXPOSE %1, oder gleichen Sie beide an.</translation>
    </message>
    <message>
        <source>the health check calls port %1 but the app listens on %2</source>
        <translation>der Healthcheck ruft Port %1 auf, aber die App lauscht auf %2</translation>
    </message>
    <message>
        <source>Point the health check at port %1.</source>
        <translation>Richten Sie den Healthcheck auf Port %1.</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>sein Standard</translation>
    </message>
    <message>
        <source>%1 listens on %2 (%3), which nothing outside the container can reach</source>
        <translation>%1 lauscht auf %2 (%3), was von außerhalb des Containers nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Set ENV %1=0.0.0.0.</source>
        <translation>Setzen Sie ENV %1=0.0.0.0.</translation>
    </message>
    <message>
        <source>Pass %1.</source>
        <translation>Übergeben Sie %1.</translation>
    </message>
    <message>
        <source>ENV %1=%2 makes the app listen on loopback only</source>
        <translation>ENV %1=%2 lässt die App nur auf Loopback lauschen</translation>
    </message>
    <message>
        <source>the app listens on %1 unless %2 says otherwise</source>
        <translation>die App lauscht auf %1, solange %2 nichts anderes sagt</translation>
    </message>
    <message>
        <source>Set ENV %1=0.0.0.0 in the final stage.</source>
        <translation>Setzen Sie ENV %1=0.0.0.0 in der finalen Stage.</translation>
    </message>
    <message>
        <source>the app listens on %1 without %2</source>
        <translation>die App lauscht ohne %2 auf %1</translation>
    </message>
    <message>
        <source>Pass %1 0.0.0.0 in the start command.</source>
        <translation>Übergeben Sie %1 0.0.0.0 im Startbefehl.</translation>
    </message>
    <message>
        <source>the app&apos;s code listens on %1</source>
        <translation>der Code der App lauscht auf %1</translation>
    </message>
    <message>
        <source>Change the code to listen on 0.0.0.0 (all interfaces).</source>
        <translation>Ändern Sie den Code so, dass er auf 0.0.0.0 lauscht (alle Interfaces).</translation>
    </message>
    <message>
        <source>the build context cannot be read: %1</source>
        <translation>der Build-Kontext lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Check the folder and its .dockerignore.</source>
        <translation>Prüfen Sie den Ordner und seine .dockerignore.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: the check does not know what this image ships</source>
        <translation>%1: die Prüfung weiß nicht, was dieses Image enthält</translation>
    </message>
    <message>
        <source>%1: the destination uses a variable the check cannot resolve</source>
        <translation>%1: das Ziel verwendet eine Variable, die die Prüfung nicht auflösen kann</translation>
    </message>
    <message>
        <source>%1: the source &apos;%2&apos; uses a variable the check cannot resolve</source>
        <translation>%1: die Quelle &apos;%2&apos; verwendet eine Variable, die die Prüfung nicht auflösen kann</translation>
    </message>
    <message>
        <source>%1: the context is too large to list; &apos;%2&apos; was not checked</source>
        <translation>%1: der Kontext ist zu groß zum Auflisten; &apos;%2&apos; wurde nicht geprüft</translation>
    </message>
    <message>
        <source>%1: the check does not know what &apos;%2&apos; holds</source>
        <translation>%1: die Prüfung weiß nicht, was &apos;%2&apos; enthält</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; was not checked</source>
        <translation>%1: &apos;%2&apos; wurde nicht geprüft</translation>
    </message>
    <message>
        <source>stage &apos;%1&apos;</source>
        <translation>Stage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>image &apos;%1&apos;</source>
        <translation>Image &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; in %3 could not be verified</source>
        <translation>%1: &apos;%2&apos; in %3 konnte nicht verifiziert werden</translation>
    </message>
    <message>
        <source>%1: the check does not follow heredoc scripts</source>
        <translation>%1: die Prüfung folgt keinen Heredoc-Skripten</translation>
    </message>
    <message>
        <source>%1 (&apos;%2&apos;) is not in this stage</source>
        <translation>%1 (&apos;%2&apos;) ist nicht in dieser Stage</translation>
    </message>
    <message>
        <source>Copy or bind-mount it into the stage before this step.</source>
        <translation>Vor diesem Schritt in die Stage kopieren oder per Bind-Mount einbinden.</translation>
    </message>
    <message>
        <source>%1: a bind mount&apos;s source uses a variable the check cannot resolve</source>
        <translation>%1: die Quelle eines Bind-Mounts verwendet eine Variable, die die Prüfung nicht auflösen kann</translation>
    </message>
    <message>
        <source>the final stage has no CMD or ENTRYPOINT of its own; the image&apos;s default runs</source>
        <translation>die finale Stage hat kein eigenes CMD oder ENTRYPOINT; der Standard des Images läuft</translation>
    </message>
    <message>
        <source>%1: shell form; the check does not follow what the shell runs</source>
        <translation>%1: Shell-Form; die Prüfung verfolgt nicht, was die Shell ausführt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; could not be verified</source>
        <translation>%1: &apos;%2&apos; konnte nicht verifiziert werden</translation>
    </message>
    <message>
        <source>the port %1 listens on could not be read</source>
        <translation>der Port, auf dem %1 lauscht, konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the Dockerfile is larger than %1 KiB; it was not read</source>
        <translation>das Dockerfile ist größer als %1 KiB; es wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the Dockerfile has more than %1 lines; only those were read</source>
        <translation>das Dockerfile hat mehr als %1 Zeilen; nur diese wurden gelesen</translation>
    </message>
    <message>
        <source>more than %1 instructions; the rest was not read</source>
        <translation>mehr als %1 Anweisungen; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the heredoc &lt;&lt;%1 never ends</source>
        <translation>das Heredoc &lt;&lt;%1 endet nie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable folder</source>
        <translation>&apos;%1&apos; ist kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>the entry module bun build bundles</source>
        <translation>das Einstiegsmodul, das bun build bündelt</translation>
    </message>
    <message>
        <source>the manifest cargo %1 reads</source>
        <translation>das Manifest, das cargo %1 liest</translation>
    </message>
    <message>
        <source>the lockfile cargo %1 --locked needs</source>
        <translation>das Lockfile, das cargo %1 --locked braucht</translation>
    </message>
    <message>
        <source>%1: the check cannot tell what this RUN creates</source>
        <translation>%1: die Prüfung kann nicht erkennen, was dieses RUN erzeugt</translation>
    </message>
    <message>
        <source>the jar &apos;%1&apos; is not in the final stage</source>
        <translation>das Jar &apos;%1&apos; ist nicht in der finalen Stage</translation>
    </message>
    <message>
        <source>the assembly &apos;%1&apos; is not in the final stage</source>
        <translation>die Assembly &apos;%1&apos; ist nicht in der finalen Stage</translation>
    </message>
</context>
<context>
    <name>dockerfile</name>
    <message>
        <source>Selects BuildKit&apos;s Dockerfile syntax, version 1.x, fetched at build time: the RUN --mount lines below (bind and cache mounts) need it. It must stay the very first line.</source>
        <translation>Wählt die Dockerfile-Syntax von BuildKit, Version 1.x, die beim Build geladen wird: Die RUN --mount-Zeilen weiter unten (Bind- und Cache-Mounts) brauchen sie. Sie muss die allererste Zeile bleiben.</translation>
    </message>
    <message>
        <source>Line 1: %1</source>
        <translation>Zeile 1: %1</translation>
    </message>
</context>
<context>
    <name>estimate</name>
    <message>
        <source>about %1x smaller</source>
        <translation>etwa %1-mal kleiner</translation>
    </message>
    <message>
        <source>about %1% smaller</source>
        <translation>etwa %1 % kleiner</translation>
    </message>
    <message>
        <source>no smaller</source>
        <translation>nicht kleiner</translation>
    </message>
    <message>
        <source>line %1: a &apos;!&apos; needs a pattern after it</source>
        <translation>Zeile %1: ein &apos;!&apos; braucht ein Muster dahinter</translation>
    </message>
    <message>
        <source>line %1: malformed pattern &apos;%2&apos;</source>
        <translation>Zeile %1: fehlerhaftes Muster &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: a pattern longer than %2 characters</source>
        <translation>Zeile %1: ein Muster länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>more than %1 patterns</source>
        <translation>mehr als %1 Muster</translation>
    </message>
    <message>
        <source>cannot read folder &apos;%1&apos;</source>
        <translation>der Ordner &apos;%1&apos; lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>package.json is missing or not valid JSON; every installed package counts as dev</source>
        <translation>package.json fehlt oder ist kein gültiges JSON; jedes installierte Paket zählt als Dev</translation>
    </message>
    <message>
        <source>cannot read %1/package.json</source>
        <translation>%1/package.json lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>too many stack folders to measure in one walk; %1 (stack %2) is not measured</source>
        <translation>zu viele Stack-Ordner zum Vermessen in einem Durchlauf; %1 (Stack %2) wird nicht vermessen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable folder</source>
        <translation>&apos;%1&apos; ist kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>.dockerignore %1</source>
        <translation>.dockerignore %1</translation>
    </message>
    <message>
        <source>no size defaults for stack &apos;%1&apos;; the application&apos;s layers count as 0</source>
        <translation>keine Standardgrößen für Stack &apos;%1&apos;; die Layer der Anwendung zählen als 0</translation>
    </message>
    <message>
        <source>no files worth counting</source>
        <translation>keine zählenswerten Dateien</translation>
    </message>
    <message>
        <source>%1, assumed: %2</source>
        <translation>%1, angenommen: %2</translation>
    </message>
    <message>
        <source>production dependencies</source>
        <translation>Produktionsabhängigkeiten</translation>
    </message>
    <message>
        <source>all dependencies, dev ones included</source>
        <translation>alle Abhängigkeiten, auch Dev-Abhängigkeiten</translation>
    </message>
    <message>
        <source>the build context (sources)</source>
        <translation>der Build-Kontext (Quellen)</translation>
    </message>
    <message>
        <source>the build output</source>
        <translation>die Build-Ausgabe</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>die Anwendung</translation>
    </message>
    <message>
        <source>the package manager&apos;s cache</source>
        <translation>der Cache des Paketmanagers</translation>
    </message>
    <message>
        <source>system packages</source>
        <translation>Systempakete</translation>
    </message>
    <message>
        <source>runtime files (a runtime or executable, passwd, CA certificates)</source>
        <translation>Laufzeitdateien (eine Laufzeit oder ein Programm, passwd, CA-Zertifikate)</translation>
    </message>
    <message>
        <source>a user and group entry</source>
        <translation>ein Benutzer- und Gruppeneintrag</translation>
    </message>
    <message>
        <source>production dependencies, measured in node_modules</source>
        <translation>Produktionsabhängigkeiten, gemessen in node_modules</translation>
    </message>
    <message>
        <source>all dependencies, measured in node_modules</source>
        <translation>alle Abhängigkeiten, gemessen in node_modules</translation>
    </message>
    <message>
        <source>dependencies, measured in %1 (dev tools included)</source>
        <translation>Abhängigkeiten, gemessen in %1 (inkl. Dev-Tools)</translation>
    </message>
    <message>
        <source>the build context after .dockerignore, measured</source>
        <translation>der Build-Kontext nach .dockerignore, gemessen</translation>
    </message>
    <message>
        <source>the build output, measured</source>
        <translation>die Build-Ausgabe, gemessen</translation>
    </message>
    <message>
        <source>the package manager&apos;s cache, derived: measured node_modules / %1</source>
        <translation>der Cache des Paketmanagers, abgeleitet: gemessenes node_modules / %1</translation>
    </message>
    <message>
        <source>the application: the build context after .dockerignore, measured</source>
        <translation>die Anwendung: der Build-Kontext nach .dockerignore, gemessen</translation>
    </message>
    <message>
        <source>the standalone server, measured</source>
        <translation>der Standalone-Server, gemessen</translation>
    </message>
    <message>
        <source>the application (%1), measured</source>
        <translation>die Anwendung (%1), gemessen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, measured in %2</source>
        <translation>%1, gemessen in %2</translation>
    </message>
    <message>
        <source>scratch: an empty filesystem, no base layer</source>
        <translation>scratch: ein leeres Dateisystem, kein Basis-Layer</translation>
    </message>
    <message>
        <source>base image %1: %2 on disk, %3 to pull; %4</source>
        <translation>Basis-Image %1: %2 auf der Platte, %3 Download; %4</translation>
    </message>
    <message>
        <source>published figure as of %1</source>
        <translation>veröffentlichter Wert, Stand %1</translation>
    </message>
    <message>
        <source>base image %1: no size figure in the dataset, counted as 0</source>
        <translation>Basis-Image %1: kein Größenwert im Datensatz, als 0 gezählt</translation>
    </message>
    <message>
        <source>no size figure for image &apos;%1&apos;</source>
        <translation>kein Größenwert für Image &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more of the same part, assumed size already counted in an earlier layer</source>
        <translation>mehr vom selben Teil, angenommene Größe schon in einem früheren Layer gezählt</translation>
    </message>
    <message>
        <source>%1; plus %2</source>
        <translation>%1; plus %2</translation>
    </message>
    <message>
        <source>the Dockerfile has no FROM instruction</source>
        <translation>das Dockerfile hat keine FROM-Anweisung</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>no free backup name</source>
        <translation>kein freier Name für eine Sicherung</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 would be written more than once</source>
        <translation>%1 würde mehr als einmal geschrieben</translation>
    </message>
    <message>
        <source>%1 is a folder; remove or rename it first</source>
        <translation>%1 ist ein Ordner; zuerst entfernen oder umbenennen</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device); remove or rename it first</source>
        <translation>%1 ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät); zuerst entfernen oder umbenennen</translation>
    </message>
    <message>
        <source>%1; it cannot be backed up safely</source>
        <translation>%1; keine sichere Sicherung möglich</translation>
    </message>
    <message>
        <source>the folder %1 is not writable; nothing was written</source>
        <translation>der Ordner %1 ist nicht beschreibbar; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was changed</source>
        <translation>%1 lässt sich nicht schreiben: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot keep a backup of %1 (%2); nothing was changed</source>
        <translation>keine Sicherung von %1 möglich (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot replace %1: %2; nothing was changed</source>
        <translation>%1 lässt sich nicht ersetzen: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file name inside %2</source>
        <translation>&apos;%1&apos; ist kein Dateiname in %2</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written (overwrite keeps a backup of it)</source>
        <translation>%1 existiert bereits; nichts wurde geschrieben (Überschreiben behält eine Sicherung davon)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>larger than %1 KiB</source>
        <translation>größer als %1 KiB</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device is never read)</source>
        <translation>keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät wird nie gelesen)</translation>
    </message>
</context>
<context>
    <name>generate</name>
    <message>
        <source>the base image</source>
        <translation>das Basis-Image</translation>
    </message>
    <message>
        <source>%1 %2 is taken by %3; choose another (the default is 10001)</source>
        <translation>%1 %2 ist schon belegt (%3); wählen Sie eine andere (Standard ist 10001)</translation>
    </message>
    <message>
        <source>unknown stack &apos;%1&apos;</source>
        <translation>unbekannter Stack &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown package manager &apos;%1&apos; for %2</source>
        <translation>unbekannter Paketmanager &apos;%1&apos; für %2</translation>
    </message>
    <message>
        <source>unsupported language version &apos;%1&apos; for %2</source>
        <translation>nicht unterstützte Sprachversion &apos;%1&apos; für %2</translation>
    </message>
    <message>
        <source>unknown base &apos;%1&apos; (choose alpine, slim, distroless or scratch)</source>
        <translation>unbekannte Basis &apos;%1&apos; (wählen Sie alpine, slim, distroless oder scratch)</translation>
    </message>
    <message>
        <source>%1 cannot use the %2 base: %3</source>
        <translation>%1 kann die Basis %2 nicht verwenden: %3</translation>
    </message>
    <message>
        <source>port %1 is outside 1-65535</source>
        <translation>Port %1 liegt außerhalb von 1-65535</translation>
    </message>
    <message>
        <source>uid %1 is outside 1-%2</source>
        <translation>UID %1 liegt außerhalb von 1-%2</translation>
    </message>
    <message>
        <source>gid %1 is outside 1-%2</source>
        <translation>GID %1 liegt außerhalb von 1-%2</translation>
    </message>
    <message>
        <source>no healthcheck on the %1 base: %2</source>
        <translation>kein Healthcheck auf der Basis %1: %2</translation>
    </message>
    <message>
        <source>no healthcheck with %1=true: %2</source>
        <translation>kein Healthcheck mit %1=true: %2</translation>
    </message>
    <message>
        <source>The %1 base runs as its built-in unprivileged user %2:%2; the uid and gid settings apply to the other bases.</source>
        <translation>Die Basis %1 läuft als ihr eingebauter unprivilegierter Benutzer %2:%2; die Einstellungen für UID und GID gelten für die anderen Basen.</translation>
    </message>
    <message>
        <source>The %1 base always runs as its built-in unprivileged user %2; choose another base to run as root.</source>
        <translation>Die Basis %1 läuft immer als ihr eingebauter unprivilegierter Benutzer %2; wählen Sie eine andere Basis, um als root zu laufen.</translation>
    </message>
    <message>
        <source>Port %1 is below 1024: a non-root process cannot listen on it unless the container gets CAP_NET_BIND_SERVICE. Prefer a port from 1024 up.</source>
        <translation>Port %1 liegt unter 1024: Ein Prozess ohne root kann darauf nur lauschen, wenn der Container CAP_NET_BIND_SERVICE erhält. Nehmen Sie lieber einen Port ab 1024.</translation>
    </message>
    <message>
        <source>The container runs as root: a process that escapes the app owns the container.</source>
        <translation>Der Container läuft als root: Ein Prozess, der aus der App ausbricht, beherrscht den Container.</translation>
    </message>
    <message>
        <source>the image starts %1</source>
        <translation>das Image startet %1</translation>
    </message>
    <message>
        <source>the healthcheck path</source>
        <translation>der Healthcheck-Pfad</translation>
    </message>
    <message>
        <source>the healthcheck path must start with &apos;/&apos; and hold only URL path characters</source>
        <translation>der Healthcheck-Pfad muss mit &apos;/&apos; beginnen und darf nur URL-Pfadzeichen enthalten</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains &apos;&lt;&lt;&apos;, which would start a heredoc</source>
        <translation>%1 &apos;%2&apos; enthält &apos;&lt;&lt;&apos;, was ein Heredoc beginnen würde</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not valid: %3</source>
        <translation>%1 &apos;%2&apos; ist ungültig: %3</translation>
    </message>
    <message>
        <source>it does not match %1</source>
        <translation>es passt nicht auf %1</translation>
    </message>
    <message>
        <source>%1 is &quot;true&quot; or &quot;false&quot;, not &apos;%2&apos;</source>
        <translation>%1 ist &quot;true&quot; oder &quot;false&quot;, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos; runtime base</source>
        <translation>%1 hat keine Laufzeitbasis &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the start command</source>
        <translation>der Startbefehl</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2</source>
        <translation>unbekannte Option &apos;%1&apos; für %2</translation>
    </message>
    <message>
        <source>a label value</source>
        <translation>ein Label-Wert</translation>
    </message>
    <message>
        <source>label values cannot contain quotes, backslashes, &apos;$&apos;, &apos;`&apos; or line breaks</source>
        <translation>Label-Werte dürfen keine Anführungszeichen, Backslashes, &apos;$&apos;, &apos;`&apos; oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>a value broke a line of the Dockerfile</source>
        <translation>ein Wert hat eine Zeile des Dockerfiles aufgetrennt</translation>
    </message>
    <message>
        <source>line %1 holds a control character</source>
        <translation>Zeile %1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>line %1 lost its continuation</source>
        <translation>Zeile %1 hat ihre Fortsetzung verloren</translation>
    </message>
    <message>
        <source>line %1 ends in a backslash that joins the next line</source>
        <translation>Zeile %1 endet mit einem Backslash, der sie mit der nächsten Zeile verbindet</translation>
    </message>
    <message>
        <source>template error: %1</source>
        <translation>Vorlagenfehler: %1</translation>
    </message>
    <message>
        <source>template error: %1: %2</source>
        <translation>Vorlagenfehler: %1: %2</translation>
    </message>
    <message>
        <source>variables refer to each other in a loop</source>
        <translation>die Variablen verweisen im Kreis aufeinander</translation>
    </message>
    <message>
        <source>unknown variable &apos;${%1}&apos;</source>
        <translation>unbekannte Variable &apos;${%1}&apos;</translation>
    </message>
    <message>
        <source>the expanded Dockerfile would be larger than 1 MiB (variables expand to too much text)</source>
        <translation>das expandierte Dockerfile wäre größer als 1 MiB (die Variablen ergeben zu viel Text)</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>The only stage</source>
        <translation>Die einzige Stage</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Stage %1 von %2</translation>
    </message>
    <message>
        <source>the final image</source>
        <translation>das finale Image</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Sprachversion</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>Paketmanager</translation>
    </message>
    <message>
        <source>Runtime base</source>
        <translation>Laufzeitbasis</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Läuft als</translation>
    </message>
    <message>
        <source>user %1:%2 (not root)</source>
        <translation>Benutzer %1:%2 (nicht root)</translation>
    </message>
    <message>
        <source>Cache mounts</source>
        <translation>Cache-Mounts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (BCP 47), written into the handout page.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>%1: multi-stage and single-stage Dockerfile</source>
        <translation>%1: Multi-Stage- und Single-Stage-Dockerfile</translation>
    </message>
    <message>
        <source>%1: a multi-stage Dockerfile, line by line</source>
        <translation>%1: ein Multi-Stage-Dockerfile, Zeile für Zeile</translation>
    </message>
    <message>
        <source>The same application built two ways: the multi-stage Dockerfile builds in throwaway stages and ships only what the application needs to run; the single-stage one keeps everything in one image. Every instruction is explained under its lines.</source>
        <translation>Dieselbe Anwendung auf zwei Arten gebaut: Das Multi-Stage-Dockerfile baut in Wegwerf-Stages und liefert nur aus, was die Anwendung zum Laufen braucht; das Single-Stage-Dockerfile behält alles in einem Image. Jede Anweisung wird unter ihren Zeilen erklärt.</translation>
    </message>
    <message>
        <source>The choices</source>
        <translation>Die Auswahl</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Image-Größe</translation>
    </message>
    <message>
        <source>Base-image sizes are published figures; striped layers are typical sizes for the stack, solid ones were measured in the project.</source>
        <translation>Größen der Basis-Images sind veröffentlichte Werte; gestreifte Layer sind typische Größen für den Stack, volle wurden im Projekt gemessen.</translation>
    </message>
    <message>
        <source>Base-image sizes are published figures (as of %1); striped layers are typical sizes for the stack, solid ones were measured in the project.</source>
        <translation>Größen der Basis-Images sind veröffentlichte Werte (Stand %1); gestreifte Layer sind typische Größen für den Stack, volle wurden im Projekt gemessen.</translation>
    </message>
    <message>
        <source>Each bar is one image, each segment one layer, on the same scale: the single-stage image ships the toolchain, every dependency (development ones too), the sources and whatever the build left behind; the multi-stage image starts from a small runtime base and copies in only what runs.</source>
        <translation>Jeder Balken ist ein Image, jedes Segment ein Layer, im selben Maßstab: Das Single-Stage-Image liefert die Toolchain, jede Abhängigkeit (auch die für Entwicklung), die Quellen und alles, was der Build zurückließ, mit aus; das Multi-Stage-Image beginnt mit einer kleinen Laufzeitbasis und kopiert nur hinein, was läuft.</translation>
    </message>
    <message>
        <source>Multi-stage Dockerfile (%1 stage)</source>
        <translation>Multi-Stage-Dockerfile (%1 Stage)</translation>
    </message>
    <message>
        <source>Multi-stage Dockerfile (%1 stages)</source>
        <translation>Multi-Stage-Dockerfile (%1 Stages)</translation>
    </message>
    <message>
        <source>What Stagecraft writes: build in one stage, copy only the result into a small final image.</source>
        <translation>Was Stagecraft schreibt: in einer Stage bauen, nur das Ergebnis in ein kleines finales Image kopieren.</translation>
    </message>
    <message>
        <source>Single-stage Dockerfile (for comparison)</source>
        <translation>Single-Stage-Dockerfile (zum Vergleich)</translation>
    </message>
    <message>
        <source>The naive version: one image that builds and runs, so everything the build needed ships with the application.</source>
        <translation>Die naive Fassung: ein Image, das baut und läuft, sodass alles, was der Build brauchte, mit der Anwendung ausgeliefert wird.</translation>
    </message>
    <message>
        <source>Made with Stagecraft %1 from the %2 template. Sizes are estimates before any build.</source>
        <translation>Erstellt mit Stagecraft %1 aus der Vorlage %2. Größen sind Schätzungen vor jedem Build.</translation>
    </message>
    <message>
        <source>Single-stage</source>
        <translation>Single-Stage</translation>
    </message>
    <message>
        <source>Multi-stage</source>
        <translation>Multi-Stage</translation>
    </message>
    <message>
        <source>Estimated image size on disk</source>
        <translation>Geschätzte Image-Größe auf der Platte</translation>
    </message>
    <message>
        <source>image sizes as of %1</source>
        <translation>Image-Größen, Stand %1</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>keine Schätzung</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>%1, %2 on disk (%3): %4</source>
        <translation>%1, %2 auf der Platte (%3): %4</translation>
    </message>
    <message>
        <source>solid: measured in your project</source>
        <translation>voll: in Ihrem Projekt gemessen</translation>
    </message>
    <message>
        <source>striped: assumed typical size</source>
        <translation>gestreift: angenommene typische Größe</translation>
    </message>
    <message>
        <source>Single-stage image: %1 on disk. Multi-stage image: %2 on disk, %3.</source>
        <translation>Single-Stage-Image: %1 auf der Platte. Multi-Stage-Image: %2 auf der Platte, %3.</translation>
    </message>
    <message>
        <source>Single-stage image: %1 on disk. Multi-stage image: %2 on disk.</source>
        <translation>Single-Stage-Image: %1 auf der Platte. Multi-Stage-Image: %2 auf der Platte.</translation>
    </message>
</context>
<context>
    <name>openquestions</name>
    <message>
        <source>the start command</source>
        <translation>der Startbefehl</translation>
    </message>
    <message>
        <source>the port the app listens on</source>
        <translation>der Port, auf dem die App lauscht</translation>
    </message>
    <message>
        <source>which main package to build</source>
        <translation>welches Main-Paket gebaut wird</translation>
    </message>
</context>
<context>
    <name>preset</name>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss ein String sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a preset is a JSON object</source>
        <translation>ein Preset ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>give &apos;schemaVersion&apos; or the older &apos;format&apos;, not both</source>
        <translation>&apos;schemaVersion&apos; oder das ältere &apos;format&apos; angeben, nicht beides</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 is newer than this stagecraft reads (%3); update stagecraft to use this preset</source>
        <translation>&apos;%1&apos; %2 ist neuer, als diese stagecraft-Version lesen kann (%3); stagecraft aktualisieren, um dieses Preset zu nutzen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 is not a preset version (this stagecraft reads 1 to %3)</source>
        <translation>&apos;%1&apos; %2 ist keine Preset-Version (diese stagecraft-Version liest 1 bis %3)</translation>
    </message>
    <message>
        <source>&apos;labels&apos; must be an object</source>
        <translation>&apos;labels&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;options&apos; must be an object of strings</source>
        <translation>&apos;options&apos; muss ein Objekt aus Strings sein</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; must be a string</source>
        <translation>Option &apos;%1&apos; muss ein String sein</translation>
    </message>
    <message>
        <source>a value has the wrong type (%1)</source>
        <translation>ein Wert hat den falschen Typ (%1)</translation>
    </message>
    <message>
        <source>%1: cannot read the preset: %2</source>
        <translation>%1: das Preset lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (byte %2)</source>
        <translation>%1: kein gültiges JSON (Byte %2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON (a number out of range)</source>
        <translation>%1: kein gültiges JSON (eine Zahl außerhalb des Wertebereichs)</translation>
    </message>
    <message>
        <source>%1: a preset names its stack (&quot;stack&quot;: &quot;node&quot;)</source>
        <translation>%1: ein Preset nennt seinen Stack (&quot;stack&quot;: &quot;node&quot;)</translation>
    </message>
    <message>
        <source>%1: unknown stack &apos;%2&apos;</source>
        <translation>%1: unbekannter Stack &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>the scan alone would not generate (%1); the options given answer that</source>
        <translation>der Scan allein würde nichts erzeugen (%1); die angegebenen Optionen klären das</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>not a folder: %1</source>
        <translation>kein Ordner: %1</translation>
    </message>
    <message>
        <source>no project folder &quot;%1&quot; inside %2</source>
        <translation>kein Projektordner &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>scan cancelled</source>
        <translation>Scan abgebrochen</translation>
    </message>
    <message>
        <source>Stopped walking after %1 entries; projects deeper in the tree may be missing</source>
        <translation>Durchlauf nach %1 Einträgen beendet; tiefer im Baum liegende Projekte fehlen womöglich</translation>
    </message>
    <message>
        <source>%1 project found; Stagecraft has no %1 stack yet</source>
        <translation>%1-Projekt gefunden; Stagecraft hat noch keinen %1-Stack</translation>
    </message>
    <message>
        <source>%1 is here too (%2); the scan follows the %3 project</source>
        <translation>%1 liegt auch hier (%2); der Scan folgt dem %3-Projekt</translation>
    </message>
    <message>
        <source>no project found: none of %1</source>
        <translation>kein Projekt gefunden: keine der Dateien %1</translation>
    </message>
    <message>
        <source>no project at the top of this folder; it holds %1 projects: scan one of them</source>
        <translation>kein Projekt auf oberster Ebene dieses Ordners; er enthält %1 Projekte: eines davon scannen</translation>
    </message>
    <message>
        <source>This folder holds %1 projects (see projects): scan one of them to build it on its own</source>
        <translation>Dieser Ordner enthält %1 Projekte (siehe projects): eines davon scannen, um es einzeln zu bauen</translation>
    </message>
    <message>
        <source>%1: cannot read folder (%2)</source>
        <translation>%1: Ordner lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read (%2); ignored</source>
        <translation>%1: nicht lesbar (%2); ignoriert</translation>
    </message>
    <message>
        <source>%1: a link to outside the folder; ignored</source>
        <translation>%1: ein Link nach außerhalb des Ordners; ignoriert</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; ignoriert</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: malformed JSON at line %2, column %3 (%4); ignored</source>
        <translation>%1: fehlerhaftes JSON in Zeile %2, Spalte %3 (%4); ignoriert</translation>
    </message>
    <message>
        <source>%1: malformed JSON (%2); ignored</source>
        <translation>%1: fehlerhaftes JSON (%2); ignoriert</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels; ignored</source>
        <translation>%1: tiefer als %2 Ebenen verschachtelt; ignoriert</translation>
    </message>
    <message>
        <source>%1: malformed TOML at line %2, column %3 (%4); ignored</source>
        <translation>%1: fehlerhaftes TOML in Zeile %2, Spalte %3 (%4); ignoriert</translation>
    </message>
    <message>
        <source>%1: packageManager &quot;%2&quot; is not one Stagecraft knows</source>
        <translation>%1: packageManager &quot;%2&quot; ist Stagecraft nicht bekannt</translation>
    </message>
    <message>
        <source>lockfile %1 (Yarn Berry)</source>
        <translation>Lockfile %1 (Yarn Berry)</translation>
    </message>
    <message>
        <source>lockfile %1</source>
        <translation>Lockfile %1</translation>
    </message>
    <message>
        <source>%1: lockfile of %2 while the project uses %3; delete the stale lockfile</source>
        <translation>%1: Lockfile von %2, obwohl das Projekt %3 verwendet; das veraltete Lockfile löschen</translation>
    </message>
    <message>
        <source>.yarnrc.yml (Yarn Berry settings)</source>
        <translation>.yarnrc.yml (Yarn-Berry-Einstellungen)</translation>
    </message>
    <message>
        <source>no lockfile; npm is the default</source>
        <translation>kein Lockfile; npm ist der Standard</translation>
    </message>
    <message>
        <source>No lockfile found: dependency versions are not pinned; commit the lockfile of your package manager</source>
        <translation>Kein Lockfile gefunden: Versionen der Abhängigkeiten sind nicht festgelegt; das Lockfile des Paketmanagers einchecken</translation>
    </message>
    <message>
        <source>next.config.ts needs the typescript package when next start runs, and it is not a production dependency</source>
        <translation>next.config.ts braucht beim Ausführen von next start das Paket typescript, und das ist keine Produktionsabhängigkeit</translation>
    </message>
    <message>
        <source>%1 does not set output: &apos;standalone&apos;; add output: &apos;standalone&apos; to the exported config so the image ships .next/standalone instead of all of node_modules</source>
        <translation>%1 setzt nicht output: &apos;standalone&apos;; output: &apos;standalone&apos; zur exportierten Konfiguration hinzufügen, damit das Image .next/standalone statt des ganzen node_modules ausliefert</translation>
    </message>
    <message>
        <source>No next.config.js: create next.config.mjs containing &quot;export default { output: &apos;standalone&apos; }&quot; so the image ships .next/standalone instead of all of node_modules</source>
        <translation>Keine next.config.js: next.config.mjs mit &quot;export default { output: &apos;standalone&apos; }&quot; anlegen, damit das Image .next/standalone statt des ganzen node_modules ausliefert</translation>
    </message>
    <message>
        <source>%1 project (%2)</source>
        <translation>%1-Projekt (%2)</translation>
    </message>
    <message>
        <source>%1 project (%2 with %3)</source>
        <translation>%1-Projekt (%2 mit %3)</translation>
    </message>
    <message>
        <source>%1 project (%2), the build runs %3</source>
        <translation>%1-Projekt (%2), der Build führt %3 aus</translation>
    </message>
    <message>
        <source>%1 project (%2 with %3), the build runs %4</source>
        <translation>%1-Projekt (%2 mit %3), der Build führt %4 aus</translation>
    </message>
    <message>
        <source>%1 config</source>
        <translation>%1-Konfiguration</translation>
    </message>
    <message>
        <source>%1 config (its output setting)</source>
        <translation>%1-Konfiguration (ihre output-Einstellung)</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 vorhanden</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; compiles with node-gyp at install</source>
        <translation>%1 &quot;%2&quot; kompiliert bei der Installation mit node-gyp</translation>
    </message>
    <message>
        <source>the start command runs %1</source>
        <translation>der Startbefehl führt %1 aus</translation>
    </message>
    <message>
        <source>%1 listens on 127.0.0.1 by default; %2 sets the address</source>
        <translation>%1 lauscht standardmäßig auf 127.0.0.1; %2 setzt die Adresse</translation>
    </message>
    <message>
        <source>listens on %1 only</source>
        <translation>lauscht nur auf %1</translation>
    </message>
    <message>
        <source>no loopback hostname: Bun&apos;s server listens on all interfaces</source>
        <translation>kein Loopback-Hostname: Buns Server lauscht auf allen Interfaces</translation>
    </message>
    <message>
        <source>listens on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <source>listen() without a host: all interfaces</source>
        <translation>listen() ohne Host: alle Interfaces</translation>
    </message>
    <message>
        <source>scripts.%1: &quot;%2&quot; runs at install</source>
        <translation>scripts.%1: &quot;%2&quot; läuft bei der Installation</translation>
    </message>
    <message>
        <source>%1: malformed JSON at %2; ignored</source>
        <translation>%1: fehlerhaftes JSON bei %2; ignoriert</translation>
    </message>
    <message>
        <source>next build writes .next/</source>
        <translation>next build schreibt .next/</translation>
    </message>
    <message>
        <source>Next.js standalone output starts with server.js</source>
        <translation>Die Standalone-Ausgabe von Next.js startet mit server.js</translation>
    </message>
    <message>
        <source>the standalone build writes .next/standalone/server.js</source>
        <translation>der Standalone-Build schreibt .next/standalone/server.js</translation>
    </message>
    <message>
        <source>Next.js without standalone output runs next start</source>
        <translation>Next.js ohne Standalone-Ausgabe führt next start aus</translation>
    </message>
    <message>
        <source>Next.js reads PORT and %1</source>
        <translation>Next.js liest PORT und %1</translation>
    </message>
    <message>
        <source>%1 builds a static site into %2/</source>
        <translation>%1 baut eine statische Website nach %2/</translation>
    </message>
    <message>
        <source>%1 builds into %2</source>
        <translation>%1 baut nach %2</translation>
    </message>
    <message>
        <source>%1 listens on %2 by default</source>
        <translation>%1 lauscht standardmäßig auf %2</translation>
    </message>
    <message>
        <source>%1 listens on %2 by default, set by %3</source>
        <translation>%1 lauscht standardmäßig auf %2, gesetzt über %3</translation>
    </message>
    <message>
        <source>the build writes %1</source>
        <translation>der Build schreibt %1</translation>
    </message>
    <message>
        <source>scripts.%1: &quot;%2&quot; runs %3&apos;s development server, not the production one</source>
        <translation>scripts.%1: &quot;%2&quot; startet den Entwicklungsserver von %3, nicht den Produktionsserver</translation>
    </message>
    <message>
        <source>%1&apos;s production server: %2</source>
        <translation>Produktionsserver von %1: %2</translation>
    </message>
    <message>
        <source>scripts.dev: &quot;%1&quot; without the reloader</source>
        <translation>scripts.dev: &quot;%1&quot; ohne den Reloader</translation>
    </message>
    <message>
        <source>server.js: what npm start runs without a start script</source>
        <translation>server.js: was npm start ohne Startskript ausführt</translation>
    </message>
    <message>
        <source>entry file by its conventional name</source>
        <translation>Einstiegsdatei nach ihrem üblichen Namen</translation>
    </message>
    <message>
        <source>listens on %1 by default</source>
        <translation>lauscht standardmäßig auf %1</translation>
    </message>
    <message>
        <source>Bun serves the default export on $PORT, else 3000</source>
        <translation>Bun stellt den Default-Export auf $PORT bereit, sonst auf 3000</translation>
    </message>
    <message>
        <source>scripts.start runs bun: the app runs on Bun, not Node.js</source>
        <translation>scripts.start führt bun aus: die App läuft auf Bun, nicht auf Node.js</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; with no start script in a Bun project: bun run %1 starts it</source>
        <translation>module &quot;%1&quot; ohne Startskript in einem Bun-Projekt: bun run %1 startet es</translation>
    </message>
    <message>
        <source>scripts.dev runs %1 with Bun&apos;s reloader, and there is no start script: the app runs on Bun</source>
        <translation>scripts.dev führt %1 mit Buns Reloader aus, und es gibt kein Startskript: die App läuft auf Bun</translation>
    </message>
    <message>
        <source>the start script &quot;%1&quot; runs Bun with %2, a development mode that restarts on file changes; set --start-command</source>
        <translation>das Startskript &quot;%1&quot; führt Bun mit %2 aus, einem Entwicklungsmodus, der bei Dateiänderungen neu startet; --start-command setzen</translation>
    </message>
    <message>
        <source>the start script &quot;%1&quot; runs bun without a file</source>
        <translation>das Startskript &quot;%1&quot; führt bun ohne Datei aus</translation>
    </message>
    <message>
        <source>the start script &quot;%1&quot; runs &quot;%2&quot;, a package script or tool rather than a file; set --start-command to the file it starts</source>
        <translation>das Startskript &quot;%1&quot; führt &quot;%2&quot; aus, ein Paketskript oder Tool statt einer Datei; --start-command auf die Datei setzen, die es startet</translation>
    </message>
    <message>
        <source>the start script</source>
        <translation>das Startskript</translation>
    </message>
    <message>
        <source>the start script &quot;%1&quot; needs a shell (%2); set --start-command</source>
        <translation>das Startskript &quot;%1&quot; braucht eine Shell (%2); --start-command setzen</translation>
    </message>
    <message>
        <source>the start script sets %1, which the generated Dockerfile does not; set it in ENV and use --start-command</source>
        <translation>das Startskript setzt %1, das generierte Dockerfile nicht; per ENV setzen und --start-command verwenden</translation>
    </message>
    <message>
        <source>the start script &quot;%1&quot; runs nothing</source>
        <translation>das Startskript &quot;%1&quot; führt nichts aus</translation>
    </message>
    <message>
        <source>the start script &quot;%1&quot; runs node without a file</source>
        <translation>das Startskript &quot;%1&quot; führt node ohne Datei aus</translation>
    </message>
    <message>
        <source>the app runs on Bun (&quot;%1&quot;), and this template runs Node.js: choose the bun stack</source>
        <translation>die App läuft auf Bun (&quot;%1&quot;), diese Vorlage nutzt Node.js: den Stack bun wählen</translation>
    </message>
    <message>
        <source>the start script &quot;%1&quot; runs %2, which Stagecraft cannot run without npm yet; set --start-command</source>
        <translation>das Startskript &quot;%1&quot; führt %2 aus, was Stagecraft ohne npm noch nicht ausführen kann; --start-command setzen</translation>
    </message>
    <message>
        <source>the project&apos;s %1 &quot;%2&quot; does not fit the %3 template; set --option %4=...</source>
        <translation>%1 &quot;%2&quot; des Projekts passt nicht zur Vorlage %3; --option %4=... setzen</translation>
    </message>
    <message>
        <source>no lockfile: run %1 and commit %2</source>
        <translation>kein Lockfile: %1 ausführen und %2 einchecken</translation>
    </message>
    <message>
        <source>no lockfile: the image installs the newest versions package.json allows, so the build is not reproducible; run %1 and commit %2</source>
        <translation>kein Lockfile: das Image installiert die neuesten Versionen, die package.json erlaubt, daher ist der Build nicht reproduzierbar; %1 ausführen und %2 einchecken</translation>
    </message>
    <message>
        <source>npm-shrinkwrap.json is not supported yet: the npm template installs from package-lock.json; rename it</source>
        <translation>npm-shrinkwrap.json wird noch nicht unterstützt: die npm-Vorlage installiert aus package-lock.json; Datei umbenennen</translation>
    </message>
    <message>
        <source>package.json runs &quot;%1&quot; at install, which may need the sources, but the dependency stages install before the sources are copied: move it into the build script</source>
        <translation>package.json führt bei der Installation &quot;%1&quot; aus, das womöglich die Quellen braucht, doch die Abhängigkeits-Stages installieren vor dem Kopieren der Quellen: in das Build-Skript verschieben</translation>
    </message>
    <message>
        <source>the project uses Prisma, and the %1 template cannot generate its client yet: use the Node.js template, or generate the client in a build script</source>
        <translation>das Projekt nutzt Prisma, und die Vorlage %1 kann dessen Client noch nicht erzeugen: die Node.js-Vorlage verwenden oder den Client in einem Build-Skript erzeugen</translation>
    </message>
    <message>
        <source>canvas links cairo, pango, libjpeg, giflib and librsvg: add their headers with --option buildPackages=... and their libraries with --option runtimePackages=... for the chosen base</source>
        <translation>canvas linkt cairo, pango, libjpeg, giflib und librsvg: deren Header mit --option buildPackages=... und deren Bibliotheken mit --option runtimePackages=... für die gewählte Basis hinzufügen</translation>
    </message>
    <message>
        <source>Next.js without a next.config file: create next.config.mjs containing &quot;export default { output: &apos;standalone&apos; }&quot;</source>
        <translation>Next.js ohne next.config-Datei: next.config.mjs mit &quot;export default { output: &apos;standalone&apos; }&quot; anlegen</translation>
    </message>
    <message>
        <source>next.config.ts needs typescript when next start runs, and with pnpm it cannot be taken from the build alone: add output: &apos;standalone&apos; to next.config.ts, or move typescript to dependencies</source>
        <translation>next.config.ts braucht typescript, wenn next start läuft, und mit pnpm lässt es sich nicht allein aus dem Build übernehmen: output: &apos;standalone&apos; zu next.config.ts hinzufügen oder typescript nach dependencies verschieben</translation>
    </message>
    <message>
        <source>the project states no start command: add a start script to package.json or set --start-command</source>
        <translation>das Projekt nennt keinen Startbefehl: ein Startskript zu package.json hinzufügen oder --start-command setzen</translation>
    </message>
    <message>
        <source>the app listens on 127.0.0.1 only (%1), which is unreachable from outside a container: make it listen on 0.0.0.0</source>
        <translation>die App lauscht nur auf 127.0.0.1 (%1), was von außerhalb eines Containers nicht erreichbar ist: sie auf 0.0.0.0 lauschen lassen</translation>
    </message>
    <message>
        <source>the start file %1 is not in the build output %2/, the only part of the project the runtime stage copies: not supported yet</source>
        <translation>die Startdatei %1 liegt nicht in der Build-Ausgabe %2/, dem einzigen Teil des Projekts, den die Runtime-Stage kopiert: noch nicht unterstützt</translation>
    </message>
    <message>
        <source>could not tell which folder the build writes; set --option outputDir=... (now %1)</source>
        <translation>konnte nicht ermitteln, in welchen Ordner der Build schreibt; --option outputDir=... setzen (derzeit %1)</translation>
    </message>
    <message>
        <source>Prisma %1 generates its client into the sources, and a project without a build script ships them as they are in the folder, without that client: add a build step whose output folder holds the app and the generated client</source>
        <translation>Prisma %1 erzeugt seinen Client in die Quellen, und ein Projekt ohne Build-Skript liefert sie so aus, wie sie im Ordner liegen, ohne diesen Client: einen Build-Schritt hinzufügen, dessen Ausgabeordner die App und den erzeugten Client enthält</translation>
    </message>
    <message>
        <source>%1 has requirements but there is no go.sum: run &quot;go mod tidy&quot; and commit go.sum</source>
        <translation>%1 hat require-Einträge, aber es gibt keine go.sum: &quot;go mod tidy&quot; ausführen und go.sum einchecken</translation>
    </message>
    <message>
        <source>The project uses cgo: a scratch or static distroless base cannot run it; build with CGO_ENABLED=0 if the code allows, or pick a base with libc (slim, distroless/base)</source>
        <translation>Das Projekt nutzt cgo: eine scratch- oder statische distroless-Basis kann es nicht ausführen; mit CGO_ENABLED=0 bauen, wenn der Code es zulässt, oder eine Basis mit libc wählen (slim, distroless/base)</translation>
    </message>
    <message>
        <source>package main: the binary is built from %1</source>
        <translation>package main: das Binary wird aus %1 gebaut</translation>
    </message>
    <message>
        <source>Several main packages (%1): choose the one this image runs</source>
        <translation>Mehrere main-Pakete (%1): dasjenige wählen, das dieses Image ausführt</translation>
    </message>
    <message>
        <source>No main package in the module root or cmd/*: nothing to build a binary from</source>
        <translation>Kein main-Paket im Modul-Wurzelordner oder in cmd/*: nichts, woraus sich ein Binary bauen ließe</translation>
    </message>
    <message>
        <source>%1 listens on loopback only, unreachable from outside the container: listen on &quot;:%2&quot; (no host) instead</source>
        <translation>%1 lauscht nur auf Loopback, von außerhalb des Containers nicht erreichbar: stattdessen auf &quot;:%2&quot; (ohne Host) lauschen</translation>
    </message>
    <message>
        <source>%1 listens on %2</source>
        <translation>%1 lauscht auf %2</translation>
    </message>
    <message>
        <source>%1 binds %2 (%3)</source>
        <translation>%1 bindet an %2 (%3)</translation>
    </message>
    <message>
        <source>binds %1</source>
        <translation>bindet an %1</translation>
    </message>
    <message>
        <source>%1 listens on loopback only, unreachable from outside the container: pass host=&quot;0.0.0.0&quot; where it starts the server</source>
        <translation>%1 lauscht nur auf Loopback, von außerhalb des Containers nicht erreichbar: host=&quot;0.0.0.0&quot; dort übergeben, wo der Server startet</translation>
    </message>
    <message>
        <source>%1 passes $PORT, which exec form cannot expand; the image uses 8000 there</source>
        <translation>%1 übergibt $PORT, was die Exec-Form nicht expandieren kann; das Image verwendet dort 8000</translation>
    </message>
    <message>
        <source>dependency django</source>
        <translation>Abhängigkeit django</translation>
    </message>
    <message>
        <source>Django project without a WSGI module next to its settings; set the start command by hand</source>
        <translation>Django-Projekt ohne WSGI-Modul neben seinen Settings; Startbefehl von Hand setzen</translation>
    </message>
    <message>
        <source>Django WSGI module %1</source>
        <translation>Django-WSGI-Modul %1</translation>
    </message>
    <message>
        <source>collectstatic writes %1/</source>
        <translation>collectstatic schreibt %1/</translation>
    </message>
    <message>
        <source>The gunicorn package is not a dependency: add it, Django&apos;s runserver is not for production</source>
        <translation>Das Paket gunicorn ist keine Abhängigkeit: es hinzufügen, Djangos runserver ist nicht für die Produktion gedacht</translation>
    </message>
    <message>
        <source>[build-system]: the project installs itself into .venv</source>
        <translation>[build-system]: das Projekt installiert sich selbst in .venv</translation>
    </message>
    <message>
        <source>the install writes .venv/</source>
        <translation>die Installation schreibt .venv/</translation>
    </message>
    <message>
        <source>[project.scripts] %1 = &quot;%2&quot; starts a server</source>
        <translation>[project.scripts] %1 = &quot;%2&quot; startet einen Server</translation>
    </message>
    <message>
        <source>starts its server from __main__</source>
        <translation>startet seinen Server aus __main__</translation>
    </message>
    <message>
        <source>dependency fastapi</source>
        <translation>Abhängigkeit fastapi</translation>
    </message>
    <message>
        <source>%1 = FastAPI(); fastapi[standard] brings the fastapi run command</source>
        <translation>%1 = FastAPI(); fastapi[standard] bringt den Befehl fastapi run mit</translation>
    </message>
    <message>
        <source>FastAPI&apos;s servers listen on 8000</source>
        <translation>FastAPIs Server lauschen auf 8000</translation>
    </message>
    <message>
        <source>dependency flask</source>
        <translation>Abhängigkeit flask</translation>
    </message>
    <message>
        <source>The gunicorn package is not a dependency: Flask&apos;s development server is not for production; add it</source>
        <translation>Das Paket gunicorn ist keine Abhängigkeit: der Entwicklungsserver von Flask ist nicht für die Produktion gedacht; gunicorn hinzufügen</translation>
    </message>
    <message>
        <source>dependency gunicorn</source>
        <translation>Abhängigkeit gunicorn</translation>
    </message>
    <message>
        <source>Both uv.lock and poetry.lock exist: the image uses uv; delete the stale lockfile</source>
        <translation>Sowohl uv.lock als auch poetry.lock vorhanden: das Image verwendet uv; das veraltete Lockfile löschen</translation>
    </message>
    <message>
        <source>PDM project; pip installs it from pyproject.toml</source>
        <translation>PDM-Projekt; pip installiert es aus pyproject.toml</translation>
    </message>
    <message>
        <source>PDM is not a package manager Stagecraft supports yet: pip installs the project without pdm.lock; export pinned versions with &quot;pdm export -o requirements.txt&quot;</source>
        <translation>PDM wird von Stagecraft als Paketmanager noch nicht unterstützt: pip installiert das Projekt ohne pdm.lock; gepinnte Versionen mit &quot;pdm export -o requirements.txt&quot; exportieren</translation>
    </message>
    <message>
        <source>Pipenv project; pip installs exported requirements</source>
        <translation>Pipenv-Projekt; pip installiert die exportierten Abhängigkeiten</translation>
    </message>
    <message>
        <source>Pipenv is not a package manager Stagecraft supports yet: run &quot;pipenv requirements &gt; requirements.txt&quot; and commit it</source>
        <translation>Pipenv wird von Stagecraft als Paketmanager noch nicht unterstützt: &quot;pipenv requirements &gt; requirements.txt&quot; ausführen und die Datei einchecken</translation>
    </message>
    <message>
        <source>no lockfile; pip is the default</source>
        <translation>kein Lockfile; pip ist der Standard</translation>
    </message>
    <message>
        <source>%1: malformed XML at line %2, column %3 (%4); ignored</source>
        <translation>%1: fehlerhaftes XML in Zeile %2, Spalte %3 (%4); ignoriert</translation>
    </message>
    <message>
        <source>the project&apos;s %1 &quot;%2&quot; does not fit the %3 template; keeping &quot;%4&quot;</source>
        <translation>%1 &quot;%2&quot; des Projekts passt nicht zur Vorlage %3; &quot;%4&quot; bleibt</translation>
    </message>
    <message>
        <source>the scan found no stack</source>
        <translation>der Scan hat keinen Stack gefunden</translation>
    </message>
    <message>
        <source>the scan found a %1 project but no %1 template is installed</source>
        <translation>der Scan hat ein %1-Projekt gefunden, aber keine %1-Vorlage ist installiert</translation>
    </message>
    <message>
        <source>the %1 template has no package manager %2; using %3</source>
        <translation>die Vorlage %1 hat keinen Paketmanager %2; %3 wird verwendet</translation>
    </message>
    <message>
        <source>the project states version %1; the %2 template offers %3 as the nearest</source>
        <translation>das Projekt nennt Version %1; die Vorlage %2 bietet %3 als nächstliegende an</translation>
    </message>
    <message>
        <source>%1: base %2 instead of %3</source>
        <translation>%1: Basis %2 statt %3</translation>
    </message>
    <message>
        <source>pip installs requirements.txt and the project has none, so no dependencies are installed: export them to requirements.txt</source>
        <translation>pip installiert requirements.txt, doch das Projekt hat keine, also werden keine Abhängigkeiten installiert: Abhängigkeiten nach requirements.txt exportieren</translation>
    </message>
    <message>
        <source>could not tell how the app starts; the template runs &quot;%1&quot;: set --start-command</source>
        <translation>konnte nicht ermitteln, wie die App startet; die Vorlage führt &quot;%1&quot; aus: --start-command setzen</translation>
    </message>
    <message>
        <source>the app listens on loopback only; make it listen on 0.0.0.0 or the container is unreachable</source>
        <translation>die App lauscht nur auf Loopback; auf 0.0.0.0 lauschen lassen, sonst ist der Container nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 listens on loopback only; make it listen on 0.0.0.0 or the container is unreachable</source>
        <translation>%1 lauscht nur auf Loopback; auf 0.0.0.0 lauschen lassen, sonst ist der Container nicht erreichbar</translation>
    </message>
    <message>
        <source>Django settings set no STATIC_ROOT, so the image does not run collectstatic</source>
        <translation>Django-Einstellungen setzen kein STATIC_ROOT, daher führt das Image collectstatic nicht aus</translation>
    </message>
    <message>
        <source>several main packages; choose one (mainPackage), the template builds %1</source>
        <translation>mehrere Main-Pakete; eines wählen (mainPackage), die Vorlage baut %1</translation>
    </message>
    <message>
        <source>the program listens on loopback only; listen on &quot;:%1&quot; (no host) or the container is unreachable</source>
        <translation>das Programm lauscht nur auf Loopback; auf &quot;:%1&quot; (ohne Host) lauschen, sonst ist der Container nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 listens on loopback only; listen on &quot;:%2&quot; (no host) or the container is unreachable</source>
        <translation>%1 lauscht nur auf Loopback; auf &quot;:%2&quot; (ohne Host) lauschen, sonst ist der Container nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>stagecraft::BaseStep</name>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>The image the final stage starts from. Smaller bases ship less to attack and download, but also less to debug with.</source>
        <translation>Das Image, mit dem die finale Stage beginnt. Kleinere Basen liefern weniger Angriffsfläche und weniger Download, aber auch weniger Werkzeug zur Fehlersuche.</translation>
    </message>
    <message>
        <source>%1 (unavailable: %2)</source>
        <translation>%1 (nicht verfügbar: %2)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>stagecraft::BuildSpeedStep</name>
    <message>
        <source>Build speed</source>
        <translation>Build-Tempo</translation>
    </message>
    <message>
        <source>Layers are rebuilt only when what they copy changes; these choices make the rebuilds that do happen faster.</source>
        <translation>Layer werden nur neu gebaut, wenn sich ändert, was sie kopieren; diese Einstellungen beschleunigen die Rebuilds, die trotzdem nötig sind.</translation>
    </message>
    <message>
        <source>Use BuildKit &amp;cache mounts</source>
        <translation>BuildKit-&amp;Cache-Mounts verwenden</translation>
    </message>
    <message>
        <source>Use BuildKit cache mounts</source>
        <translation>BuildKit-Cache-Mounts verwenden</translation>
    </message>
    <message>
        <source>Saves: downloading every package again whenever the dependency layer is rebuilt. The package manager&apos;s download cache survives between builds on the build machine and never ends up in the image. Needs BuildKit (the default builder since Docker 23).</source>
        <translation>Spart: jedes Paket erneut herunterzuladen, wenn der Abhängigkeits-Layer neu gebaut wird. Der Download-Cache des Paketmanagers bleibt zwischen Builds auf dem Build-Rechner erhalten und landet nie im Image. Braucht BuildKit (der Standard-Builder seit Docker 23).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked installs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesperrte Installationen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saves: surprises. The image gets exactly the versions you tested, and the install layer is reused until the lockfile changes.</source>
        <translation>Spart: Überraschungen. Das Image bekommt genau die Versionen, die Sie getestet haben, und der Install-Layer wird wiederverwendet, bis sich das Lockfile ändert.</translation>
    </message>
    <message>
        <source>The install follows the project&apos;s lockfile.</source>
        <translation>Die Installation folgt dem Lockfile des Projekts.</translation>
    </message>
</context>
<context>
    <name>stagecraft::DockerfilePreview</name>
    <message>
        <source>Dockerfile preview</source>
        <translation>Dockerfile-Vorschau</translation>
    </message>
    <message>
        <source>Out of date: the last valid Dockerfile, kept while a choice has a problem</source>
        <translation>Veraltet: das letzte gültige Dockerfile, behalten, solange eine Auswahl ein Problem hat</translation>
    </message>
</context>
<context>
    <name>stagecraft::ExportFilesView</name>
    <message>
        <source>Files Export writes</source>
        <translation>Dateien, die der Export schreibt</translation>
    </message>
    <message>
        <source>%1 as Export writes it</source>
        <translation>%1, wie der Export es schreibt</translation>
    </message>
</context>
<context>
    <name>stagecraft::FitPanel</name>
    <message>
        <source>Line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>What does not fit the project</source>
        <translation>Was nicht zum Projekt passt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Build check:&lt;/b&gt; choose a project folder to check this Dockerfile against its files.</source>
        <translation>&lt;b&gt;Build-Check:&lt;/b&gt; Wählen Sie einen Projektordner, um dieses Dockerfile mit seinen Dateien abzugleichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Build check:&lt;/b&gt; checking against %1 …</source>
        <translation>&lt;b&gt;Build-Check:&lt;/b&gt; Abgleich mit %1 …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Build check:&lt;/b&gt; ✓ fits %1: every file it copies is there, the program it starts is in the image, and the port and address agree.</source>
        <translation>&lt;b&gt;Build-Check:&lt;/b&gt; ✓ passt zu %1: Jede Datei, die es kopiert, ist vorhanden, das gestartete Programm ist im Image, und Port und Adresse stimmen überein.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Build check:&lt;/b&gt; %n problem(s) with %1. This Dockerfile would not build or start there:</source>
        <translation>
            <numerusform>&lt;b&gt;Build-Check:&lt;/b&gt; %n Problem mit %1. So würde dieses Dockerfile dort nicht bauen oder starten:</numerusform>
            <numerusform>&lt;b&gt;Build-Check:&lt;/b&gt; %n Probleme mit %1. So würde dieses Dockerfile dort nicht bauen oder starten:</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Build check:&lt;/b&gt; runs again once the problem with your choices is fixed.</source>
        <translation>&lt;b&gt;Build-Check:&lt;/b&gt; läuft erneut, sobald das Problem mit Ihrer Auswahl behoben ist.</translation>
    </message>
</context>
<context>
    <name>stagecraft::MainWindow</name>
    <message>
        <source>Stagecraft</source>
        <translation>Stagecraft</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open project &amp;folder…</source>
        <translation>Projekt&amp;ordner öffnen …</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Recent f&amp;olders</source>
        <translation>&amp;Zuletzt verwendete Ordner</translation>
    </message>
    <message>
        <source>&amp;Load preset…</source>
        <translation>Preset &amp;laden …</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>Preset laden</translation>
    </message>
    <message>
        <source>Recent &amp;presets</source>
        <translation>Zuletzt verwendete &amp;Presets</translation>
    </message>
    <message>
        <source>&amp;Save preset…</source>
        <translation>Preset &amp;speichern …</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Preset speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>&amp;Handout exportieren …</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>1 stack template could not be loaded and is not offered; the other stacks work.</source>
        <translation>1 Stack-Vorlage konnte nicht geladen werden und wird nicht angeboten; die übrigen Stacks funktionieren.</translation>
    </message>
    <message>
        <source>%1 stack templates could not be loaded and are not offered; the other stacks work.</source>
        <translation>%1 Stack-Vorlagen konnten nicht geladen werden und werden nicht angeboten; die übrigen Stacks funktionieren.</translation>
    </message>
    <message>
        <source>Your image-size file could not be used; the estimates use the built-in figures.</source>
        <translation>Ihre Image-Größen-Datei konnte nicht verwendet werden; die Schätzungen nutzen die eingebauten Werte.</translation>
    </message>
    <message>
        <source>Not every stack template in your folder was loaded.</source>
        <translation>Nicht jede Stack-Vorlage in Ihrem Ordner wurde geladen.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Cannot load the preset</source>
        <translation>Das Preset kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>Das Preset kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot export the handout</source>
        <translation>Das Handout kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Zuerst beheben: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Multi-stage</source>
        <translation>&amp;Multi-Stage</translation>
    </message>
    <message>
        <source>&amp;Single-stage</source>
        <translation>&amp;Single-Stage</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the system palette</source>
        <translation>Der Systempalette folgen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Read me</source>
        <translation>&amp;Liesmich</translation>
    </message>
    <message>
        <source>Stagecraft: read me</source>
        <translation>Stagecraft: Liesmich</translation>
    </message>
    <message>
        <source>&amp;About Stagecraft</source>
        <translation>Über &amp;Stagecraft</translation>
    </message>
    <message>
        <source>About Stagecraft</source>
        <translation>Über Stagecraft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stagecraft %1&lt;/h3&gt;&lt;p&gt;Teaches and writes production-grade multi-stage Dockerfiles.&lt;/p&gt;&lt;p&gt;Licence: Apache-2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stagecraft %1&lt;/h3&gt;&lt;p&gt;Erklärt und schreibt produktionsreife Multi-Stage-Dockerfiles.&lt;/p&gt;&lt;p&gt;Lizenz: Apache-2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Image sizes: %1 base images, figures published between %2 and %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Image-Größen: %1 Basis-Images, Werte veröffentlicht zwischen %2 und %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>stagecraft::OverwriteDialog</name>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists and differs from the new version. Lines marked &lt;b&gt;-&lt;/b&gt; are in your file only, lines marked &lt;b&gt;+&lt;/b&gt; in the new one. The other files of this export are asked about on their own.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; existiert bereits und unterscheidet sich von der neuen Fassung. Mit &lt;b&gt;-&lt;/b&gt; markierte Zeilen stehen nur in Ihrer Datei, mit &lt;b&gt;+&lt;/b&gt; markierte nur in der neuen. Nach den anderen Dateien dieses Exports wird einzeln gefragt.</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
    <message>
        <source>&amp;Replace, keep a backup</source>
        <translation>&amp;Ersetzen, Sicherung behalten</translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation>Als %1 schreiben</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Replace&lt;/i&gt; keeps the old file as %1.stagecraft-backup; &lt;i&gt;Write as %2&lt;/i&gt; leaves your file untouched.</source>
        <translation>&lt;i&gt;Ersetzen&lt;/i&gt; behält die alte Datei als %1.stagecraft-backup; &lt;i&gt;Als %2 schreiben&lt;/i&gt; lässt Ihre Datei unverändert.</translation>
    </message>
</context>
<context>
    <name>stagecraft::PreviewPanel</name>
    <message>
        <source>Multi-stage</source>
        <translation>Multi-Stage</translation>
    </message>
    <message>
        <source>Show the multi-stage Dockerfile</source>
        <translation>Das Multi-Stage-Dockerfile zeigen</translation>
    </message>
    <message>
        <source>Single-stage</source>
        <translation>Single-Stage</translation>
    </message>
    <message>
        <source>Show the naive single-stage equivalent</source>
        <translation>Das naive Single-Stage-Gegenstück zeigen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show both side by side</source>
        <translation>Beide nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Cop&amp;y all</source>
        <translation>Alles kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the whole Dockerfile</source>
        <translation>Das ganze Dockerfile kopieren</translation>
    </message>
    <message>
        <source>Single-stage Dockerfile preview</source>
        <translation>Vorschau des Single-Stage-Dockerfiles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Multi-stage&lt;/b&gt;</source>
        <translation>&lt;b&gt;Multi-Stage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Single-stage&lt;/b&gt; (the naive version)</source>
        <translation>&lt;b&gt;Single-Stage&lt;/b&gt; (die naive Fassung)</translation>
    </message>
    <message>
        <source>Highlighted lines: what your last choice added or changed.</source>
        <translation>Hervorgehobene Zeilen: was Ihre letzte Auswahl hinzugefügt oder geändert hat.</translation>
    </message>
    <message>
        <source>Sho&amp;w removed lines</source>
        <translation>Entfernte Zeilen &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the lines the last choice removed</source>
        <translation>Die Zeilen zeigen, die die letzte Auswahl entfernt hat</translation>
    </message>
    <message>
        <source>What changed: the lines your last choice removed stay in view, struck through, until the next change.</source>
        <translation>Was sich geändert hat: Die von Ihrer letzten Auswahl entfernten Zeilen bleiben durchgestrichen sichtbar, bis zur nächsten Änderung.</translation>
    </message>
    <message>
        <source>Explanation of the current line</source>
        <translation>Erklärung der aktuellen Zeile</translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date:&lt;/b&gt; %1. The preview keeps the last valid Dockerfile until this is fixed.</source>
        <translation>&lt;b&gt;Veraltet:&lt;/b&gt; %1. Die Vorschau behält das letzte gültige Dockerfile, bis das behoben ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this line&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum diese Zeile&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Move the cursor or the mouse over a line to see why it is there.</source>
        <translation>Bewegen Sie den Cursor oder die Maus über eine Zeile, um zu sehen, warum sie da ist.</translation>
    </message>
    <message>
        <source>Why line %1</source>
        <translation>Warum Zeile %1</translation>
    </message>
    <message>
        <source>Why lines %1–%2</source>
        <translation>Warum Zeilen %1–%2</translation>
    </message>
    <message>
        <source> (final stage)</source>
        <translation> (finale Stage)</translation>
    </message>
    <message>
        <source> (stage %1)</source>
        <translation> (Stage %1)</translation>
    </message>
</context>
<context>
    <name>stagecraft::ProblemBanner</name>
    <message>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>stagecraft::ProblemList</name>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix before exporting&lt;/b&gt; (1 problem):</source>
        <translation>&lt;b&gt;Vor dem Export beheben&lt;/b&gt; (1 Problem):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix before exporting&lt;/b&gt; (%1 problems):</source>
        <translation>&lt;b&gt;Vor dem Export beheben&lt;/b&gt; (%1 Probleme):</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>Go to the %1 step to fix: %2</source>
        <translation>Zum Schritt %1, um zu beheben: %2</translation>
    </message>
</context>
<context>
    <name>stagecraft::ProjectScanPanel</name>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>Paketmanager</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Sprachversion</translation>
    </message>
    <message>
        <source>Build command</source>
        <translation>Build-Befehl</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Files the Dockerfile depends on</source>
        <translation>Dateien, von denen das Dockerfile abhängt</translation>
    </message>
    <message>
        <source>Build output</source>
        <translation>Build-Ausgabe</translation>
    </message>
    <message>
        <source>Start file</source>
        <translation>Startdatei</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Listen-Adresse</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Weitere Befunde</translation>
    </message>
    <message>
        <source>Cancel sc&amp;an</source>
        <translation>Scan abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Use these findings</source>
        <translation>Diese Befunde &amp;übernehmen</translation>
    </message>
    <message>
        <source>This folder holds several projects. Bu&amp;ild:</source>
        <translation>Dieser Ordner enthält mehrere Projekte. &amp;Bauen:</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <source>Fill in the steps from these findings</source>
        <translation>Die Schritte mit diesen Befunden ausfüllen</translation>
    </message>
    <message>
        <source>Sets the stack, versions, start command and port the scan found; every step can still be changed.</source>
        <translation>Setzt Stack, Versionen, Startbefehl und Port, die der Scan gefunden hat; jeder Schritt lässt sich weiter ändern.</translation>
    </message>
    <message>
        <source>Project to build</source>
        <translation>Zu bauendes Projekt</translation>
    </message>
    <message>
        <source>What the scan found, with evidence</source>
        <translation>Was der Scan gefunden hat, mit Belegen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Scan cancelled. The choices in the next steps are yours to make.</source>
        <translation>Scan abgebrochen. Die Auswahl in den nächsten Schritten liegt bei Ihnen.</translation>
    </message>
    <message>
        <source>Scanning %1 … %2 files looked at.</source>
        <translation>Durchsuche %1 … %2 Dateien angesehen.</translation>
    </message>
    <message>
        <source>The steps already matched these findings.</source>
        <translation>Die Schritte entsprachen diesen Befunden bereits.</translation>
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation>Ausgefüllt: %1.</translation>
    </message>
    <message>
        <source>Found a %1 project. Use these findings to fill in the next steps; you can still change anything.</source>
        <translation>Ein %1-Projekt gefunden. Übernehmen Sie diese Befunde für die nächsten Schritte; Sie können weiterhin alles ändern.</translation>
    </message>
    <message>
        <source>No stack Stagecraft knows fits this folder; choose one on the next step.</source>
        <translation>Kein Stack, den Stagecraft kennt, passt zu diesem Ordner; wählen Sie im nächsten Schritt einen aus.</translation>
    </message>
    <message>
        <source>The Dockerfile is written into %1, the project&apos;s own folder, and built from there.</source>
        <translation>Das Dockerfile wird in %1, den Ordner des Projekts selbst, geschrieben und von dort gebaut.</translation>
    </message>
    <message>
        <source>Build context after .dockerignore: %1 in %2 files.</source>
        <translation>Build-Kontext nach .dockerignore: %1 in %2 Dateien.</translation>
    </message>
    <message>
        <source>Could not tell %1: set it on the %2 step.</source>
        <translation>Nicht ermittelt: %1. Legen Sie das im Schritt %2 fest.</translation>
    </message>
    <message>
        <source>The folder could not be measured: %1</source>
        <translation>Der Ordner konnte nicht vermessen werden: %1</translation>
    </message>
    <message>
        <source>Worth knowing:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <source>certain</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>vermutet</translation>
    </message>
    <message>
        <source>What does not fit the template</source>
        <translation>Was nicht zur Vorlage passt</translation>
    </message>
    <message>
        <source>“%1” on</source>
        <translation>„%1“ an</translation>
    </message>
    <message>
        <source>“%1” off</source>
        <translation>„%1“ aus</translation>
    </message>
    <message>
        <source>“%1” set to %2</source>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <source>&amp;Build it with %1</source>
        <translation>Mit %1 &amp;bauen</translation>
    </message>
    <message>
        <source>Scans again with these settings; the other findings stay, and every step can still be changed.</source>
        <translation>Scannt erneut mit diesen Einstellungen; die übrigen Befunde bleiben, und jeder Schritt lässt sich weiterhin ändern.</translation>
    </message>
    <message>
        <source>Answer the refusal with the settings it names</source>
        <translation>Die Ablehnung mit den genannten Einstellungen beantworten</translation>
    </message>
</context>
<context>
    <name>stagecraft::ProjectStep</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Point Stagecraft at your project, or start from scratch and pick everything by hand.</source>
        <translation>Zeigen Sie Stagecraft Ihr Projekt, oder fangen Sie bei null an und wählen Sie alles von Hand.</translation>
    </message>
    <message>
        <source>Use a &amp;project folder</source>
        <translation>Einen &amp;Projektordner verwenden</translation>
    </message>
    <message>
        <source>Use a project folder</source>
        <translation>Einen Projektordner verwenden</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>/path/to/your/project</source>
        <translation>/pfad/zu/ihrem/projekt</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose project folder</source>
        <translation>Projektordner wählen</translation>
    </message>
    <message>
        <source>The Dockerfile, .dockerignore and (if you like) compose.yaml are written here.</source>
        <translation>Dockerfile, .dockerignore und (auf Wunsch) compose.yaml werden hierhin geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Start from scratch</source>
        <translation>Bei &amp;null anfangen</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>Bei null anfangen</translation>
    </message>
    <message>
        <source>Choose the stack and everything else yourself; pick a folder when you export.</source>
        <translation>Stack und alles andere selbst wählen; einen Ordner wählen Sie beim Export.</translation>
    </message>
</context>
<context>
    <name>stagecraft::ReviewStep</name>
    <message>
        <source>Review and export</source>
        <translation>Prüfen und exportieren</translation>
    </message>
    <message>
        <source>Check the choices and the files, then write them into the project folder. Nothing you have is lost: for each file that would change you see the change first and choose.</source>
        <translation>Prüfen Sie die Auswahl und die Dateien, dann schreiben Sie sie in den Projektordner. Nichts von Ihnen geht verloren: Für jede Datei, die sich ändern würde, sehen Sie zuerst die Änderung und entscheiden.</translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation>Stack:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Non-root user:</source>
        <translation>Nicht-Root-Benutzer:</translation>
    </message>
    <message>
        <source>Cache mounts:</source>
        <translation>Cache-Mounts:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Healthcheck:</source>
        <translation>Healthcheck:</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>Än&amp;dern …</translation>
    </message>
    <message>
        <source>Choose export folder</source>
        <translation>Exportordner wählen</translation>
    </message>
    <message>
        <source>Also write &amp;compose.yaml (one service, port published)</source>
        <translation>Auch &amp;compose.yaml schreiben (ein Dienst, Port offen)</translation>
    </message>
    <message>
        <source>Also write compose.yaml</source>
        <translation>Auch compose.yaml schreiben</translation>
    </message>
    <message>
        <source>Anno&amp;tate: each line&apos;s explanation as a comment above it</source>
        <translation>Kommen&amp;tiert: über jeder Zeile ihre Erklärung</translation>
    </message>
    <message>
        <source>Write each line&apos;s explanation as a Dockerfile comment</source>
        <translation>Die Erklärung jeder Zeile als Dockerfile-Kommentar schreiben</translation>
    </message>
    <message>
        <source>Export writes exactly these files:</source>
        <translation>Der Export schreibt genau diese Dateien:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the files</source>
        <translation>Die Dateien exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it&lt;/b&gt; (from the project folder):</source>
        <translation>&lt;b&gt;Ausprobieren&lt;/b&gt; (im Projektordner):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>docker build command</source>
        <translation>docker-build-Befehl</translation>
    </message>
    <message>
        <source>Copy the docker build command</source>
        <translation>Den docker-build-Befehl kopieren</translation>
    </message>
    <message>
        <source>docker run command</source>
        <translation>docker-run-Befehl</translation>
    </message>
    <message>
        <source>Copy the docker run command</source>
        <translation>Den docker-run-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the project folder</source>
        <translation>Den Projektordner öffnen</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>No project folder yet: Export asks where to write the files.</source>
        <translation>Noch kein Projektordner: Der Export fragt, wohin die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>Export to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Export nach: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export asks for a folder, then checks the Dockerfile against its files before writing.</source>
        <translation>Der Export fragt nach einem Ordner und gleicht das Dockerfile vor dem Schreiben mit dessen Dateien ab.</translation>
    </message>
    <message>
        <source>The build check runs again once the problems above are fixed.</source>
        <translation>Der Build-Check läuft erneut, sobald die Probleme oben behoben sind.</translation>
    </message>
    <message>
        <source>Checking the Dockerfile against this folder …</source>
        <translation>Das Dockerfile wird mit diesem Ordner abgeglichen …</translation>
    </message>
    <message>
        <source>✓ The build check found nothing missing: the Dockerfile fits this folder.</source>
        <translation>✓ Der Build-Check hat nichts Fehlendes gefunden: Das Dockerfile passt zu diesem Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Does not fit this folder yet&lt;/b&gt; (%n problem(s)); Export asks before writing it:</source>
        <translation>
            <numerusform>&lt;b&gt;Passt noch nicht zu diesem Ordner&lt;/b&gt; (%n Problem); der Export fragt vor dem Schreiben:</numerusform>
            <numerusform>&lt;b&gt;Passt noch nicht zu diesem Ordner&lt;/b&gt; (%n Probleme); der Export fragt vor dem Schreiben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix this before exporting: the problems are listed at the top of this page.</source>
        <translation>Vor dem Export beheben: Die Probleme stehen oben auf dieser Seite.</translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>Nothing was written: the Dockerfile does not fit this folder yet (see the build check).</source>
        <translation>Nichts wurde geschrieben: Das Dockerfile passt noch nicht zu diesem Ordner (siehe Build-Check).</translation>
    </message>
    <message>
        <source>Nothing was written: you cancelled the export at %1.</source>
        <translation>Nichts wurde geschrieben: Sie haben den Export bei %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Kept the old file as %1</source>
        <translation>Die alte Datei als %1 behalten</translation>
    </message>
    <message>
        <source>Unchanged %1</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>Left your %1 as it was</source>
        <translation>Ihre Fassung von %1 blieb, wie sie war</translation>
    </message>
</context>
<context>
    <name>stagecraft::RuntimeStep</name>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>How the container starts and tells the world about itself.</source>
        <translation>Wie der Container startet und was er über sich mitteilt.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>&amp;Start command:</source>
        <translation>&amp;Startbefehl:</translation>
    </message>
    <message>
        <source>Runs without a shell (exec form), so the app receives stop signals directly.</source>
        <translation>Läuft ohne Shell (Exec-Form), damit die App Stoppsignale direkt erhält.</translation>
    </message>
    <message>
        <source>Add a health&amp;check</source>
        <translation>Einen Health&amp;check hinzufügen</translation>
    </message>
    <message>
        <source>Add a healthcheck</source>
        <translation>Einen Healthcheck hinzufügen</translation>
    </message>
    <message>
        <source>Healthcheck path</source>
        <translation>Healthcheck-Pfad</translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <source>OCI image &amp;labels</source>
        <translation>OCI-Image-&amp;Labels</translation>
    </message>
    <message>
        <source>OCI image labels</source>
        <translation>OCI-Image-Labels</translation>
    </message>
    <message>
        <source>Image title</source>
        <translation>Image-Titel</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Image description</source>
        <translation>Image-Beschreibung</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Source repository URL</source>
        <translation>URL des Quell-Repositorys</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Licence (SPDX)</source>
        <translation>Lizenz (SPDX)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Not available on this base: %1</source>
        <translation>Auf dieser Basis nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Not available with %1: %2</source>
        <translation>Nicht verfügbar mit %1: %2</translation>
    </message>
    <message>
        <source>Set by %1: %2</source>
        <translation>Festgelegt durch %1: %2</translation>
    </message>
</context>
<context>
    <name>stagecraft::SecurityStep</name>
    <message>
        <source>What these choices mean shows here again once the problems above are fixed.</source>
        <translation>Was diese Auswahl bedeutet, steht hier wieder, sobald die Probleme oben behoben sind.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Containers run as root unless told otherwise. A fixed, unprivileged user limits what a compromised app can do.</source>
        <translation>Container laufen als root, wenn nichts anderes gesagt wird. Ein fester Benutzer ohne Privilegien begrenzt, was eine kompromittierte App anrichten kann.</translation>
    </message>
    <message>
        <source>Run as a non-&amp;root user</source>
        <translation>Als Nicht-&amp;Root-Benutzer ausführen</translation>
    </message>
    <message>
        <source>Run as a non-root user</source>
        <translation>Als Nicht-Root-Benutzer ausführen</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Gr&amp;oup id:</source>
        <translation>Gr&amp;uppen-ID:</translation>
    </message>
    <message>
        <source>Numeric ids above 10000 do not collide with users of the base image, and let Kubernetes check runAsNonRoot.</source>
        <translation>Numerische IDs über 10000 kollidieren nicht mit Benutzern des Basis-Images und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this means&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was das bedeutet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to watch out for with these choices.</source>
        <translation>Bei dieser Auswahl gibt es nichts zu beachten.</translation>
    </message>
</context>
<context>
    <name>stagecraft::SizeChart</name>
    <message>
        <source>Single-stage</source>
        <translation>Single-Stage</translation>
    </message>
    <message>
        <source>Multi-stage</source>
        <translation>Multi-Stage</translation>
    </message>
    <message>
        <source>scratch is empty: the image starts with nothing in it.</source>
        <translation>scratch ist leer: Das Image beginnt ohne jeden Inhalt.</translation>
    </message>
    <message>
        <source>There is no published size for %1, so it counts as nothing.</source>
        <translation>Für %1 gibt es keine veröffentlichte Größe, daher zählt es als nichts.</translation>
    </message>
    <message>
        <source>The published size of %1.</source>
        <translation>Die veröffentlichte Größe von %1.</translation>
    </message>
    <message>
        <source>The published size of %1, as of %2.</source>
        <translation>Die veröffentlichte Größe von %1, Stand %2.</translation>
    </message>
    <message>
        <source>Measured in your project folder.</source>
        <translation>In Ihrem Projektordner gemessen.</translation>
    </message>
    <message>
        <source>Assumed: a typical size for this stack, not measured in your project.</source>
        <translation>Angenommen: eine typische Größe für diesen Stack, nicht in Ihrem Projekt gemessen.</translation>
    </message>
    <message>
        <source> The figure covers the whole part, which %1 instructions copy in together.</source>
        <translation> Der Wert deckt den ganzen Teil ab, den %1 Anweisungen gemeinsam hineinkopieren.</translation>
    </message>
    <message>
        <source>Image size comparison</source>
        <translation>Vergleich der Image-Größen</translation>
    </message>
    <message>
        <source>solid: measured in your project</source>
        <translation>voll: in Ihrem Projekt gemessen</translation>
    </message>
    <message>
        <source>striped: assumed typical size</source>
        <translation>gestreift: angenommene typische Größe</translation>
    </message>
    <message>
        <source>%1 image, layer %2 of %3: %4, %5 on disk. %6 Made by %7.</source>
        <translation>%1-Image, Layer %2 von %3: %4, %5 auf der Platte. %6 Erzeugt von %7.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the single-stage image</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; im Single-Stage-Image</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the multi-stage image</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; im Multi-Stage-Image</translation>
    </message>
    <message>
        <source>%1 on disk, %2 to download</source>
        <translation>%1 auf der Platte, %2 Download</translation>
    </message>
    <message>
        <source>&lt;p&gt;Made by: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erzeugt von: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A single-stage Dockerfile builds and runs in one image: the toolchain, every dependency (dev ones too), the sources and whatever the build left behind all ship.</source>
        <translation>Ein Single-Stage-Dockerfile baut und läuft in einem Image: Die Toolchain, jede Abhängigkeit (auch die für Entwicklung), die Quellen und alles, was der Build zurücklässt, werden mit ausgeliefert.</translation>
    </message>
    <message>
        <source>A multi-stage Dockerfile builds in a throwaway stage; the final image starts from a small runtime base and copies in only what the app needs to run.</source>
        <translation>Ein Multi-Stage-Dockerfile baut in einer Wegwerf-Stage; das finale Image beginnt mit einer kleinen Laufzeitbasis und kopiert nur hinein, was die App zum Laufen braucht.</translation>
    </message>
    <message>
        <source>%1 on disk (what &lt;code&gt;docker images&lt;/code&gt; shows), %2 to download (compressed).</source>
        <translation>%1 auf der Platte (was &lt;code&gt;docker images&lt;/code&gt; zeigt), %2 Download (komprimiert).</translation>
    </message>
    <message>
        <source>No size estimate yet.</source>
        <translation>Noch keine Größenschätzung.</translation>
    </message>
    <message>
        <source>Single-stage image: %1 on disk in %2 layers. Multi-stage image: %3 on disk in %4 layers</source>
        <translation>Single-Stage-Image: %1 auf der Platte in %2 Layern. Multi-Stage-Image: %3 auf der Platte in %4 Layern</translation>
    </message>
    <message>
        <source>Out of date, the last valid estimate: </source>
        <translation>Veraltet, die letzte gültige Schätzung: </translation>
    </message>
    <message>
        <source> The size of %1 is as of %2.</source>
        <translation> Die Größe von %1 hat den Stand %2.</translation>
    </message>
    <message>
        <source> Use the arrow keys to go through the layers.</source>
        <translation> Mit den Pfeiltasten gehen Sie durch die Layer.</translation>
    </message>
    <message>
        <source>Estimated image size on disk</source>
        <translation>Geschätzte Image-Größe auf der Platte</translation>
    </message>
    <message>
        <source>Out of date: the last valid estimate, until the problem is fixed</source>
        <translation>Veraltet: letzte gültige Schätzung bis zur Behebung</translation>
    </message>
    <message>
        <source>No estimate yet: choose a stack to see how big the image will be.</source>
        <translation>Noch keine Schätzung: Wählen Sie einen Stack, um zu sehen, wie groß das Image wird.</translation>
    </message>
</context>
<context>
    <name>stagecraft::StackStep</name>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>What the project is built with. The choices come from the stack templates.</source>
        <translation>Womit das Projekt gebaut wird. Die Auswahl stammt aus den Stack-Vorlagen.</translation>
    </message>
    <message>
        <source>&amp;Stack:</source>
        <translation>&amp;Stack:</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>Paketmanager</translation>
    </message>
    <message>
        <source>&amp;Package manager:</source>
        <translation>&amp;Paketmanager:</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Sprachversion</translation>
    </message>
    <message>
        <source>Ve&amp;rsion:</source>
        <translation>Ve&amp;rsion:</translation>
    </message>
    <message>
        <source>Stack options</source>
        <translation>Stack-Optionen</translation>
    </message>
</context>
<context>
    <name>stagecraft::WizardState</name>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Build speed</source>
        <translation>Build-Tempo</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
</context>
<context>
    <name>template/bun</name>
    <message>
        <source>The smallest Bun image: Bun&apos;s musl build on Alpine, with a BusyBox shell for debugging. Native addons must be built for musl.</source>
        <comment>bases/alpine/description</comment>
        <translation>Das kleinste Bun-Image: Buns musl-Build auf Alpine, mit einer BusyBox-Shell zur Fehlersuche. Native Addons müssen für musl gebaut sein.</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless</translation>
    </message>
    <message>
        <source>distroless has no package manager, so the runtime packages cannot be installed: choose the slim base (apt names) or alpine (apk names), or clear runtimePackages</source>
        <comment>bases/distroless/unavailableOptions/runtimePackages</comment>
        <translation>distroless hat keinen Paketmanager, daher lassen sich die Laufzeitpakete nicht installieren: Wählen Sie die slim-Basis (apt-Namen) oder alpine (apk-Namen), oder leeren Sie runtimePackages</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>Bun is a dynamically linked runtime: it needs libc and its shared libraries, and scratch holds nothing at all.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>Bun ist eine dynamisch gelinkte Laufzeit: Sie braucht die libc und ihre Shared Libraries, und scratch enthält überhaupt nichts.</translation>
    </message>
    <message>
        <source>A server that runs on Bun instead of Node.js: production dependencies and the sources (or the build output) on the official Bun image, which runs TypeScript directly.</source>
        <comment>description</comment>
        <translation>Ein Server, der auf Bun statt Node.js läuft: Produktionsabhängigkeiten und die Quellen (oder die Build-Ausgabe) auf dem offiziellen Bun-Image, das TypeScript direkt ausführt.</translation>
    </message>
    <message>
        <source>Bun 1.4 (1.4.5)</source>
        <comment>languageVersions/1.4/name</comment>
        <translation>Bun 1.4 (1.4.5)</translation>
    </message>
    <message>
        <source>Bun 1.3 (1.3.14, no longer updated)</source>
        <comment>languageVersions/1.3/name</comment>
        <translation>Bun 1.3 (1.3.14, nicht mehr gepflegt)</translation>
    </message>
    <message>
        <source>Bun</source>
        <comment>name</comment>
        <translation>Bun</translation>
    </message>
    <message>
        <source>the package.json script that builds the app (bun build, a bundler), or empty when Bun runs the sources as they are</source>
        <comment>options/buildScript/help</comment>
        <translation>das package.json-Skript, das die App baut (bun build, ein Bundler), oder leer, wenn Bun die Quellen unverändert ausführt</translation>
    </message>
    <message>
        <source>Build script</source>
        <comment>options/buildScript/label</comment>
        <translation>Build-Skript</translation>
    </message>
    <message>
        <source>the folder the build writes, such as dist; unused without a build step, when the runtime takes the sources as they are</source>
        <comment>options/outputDir/help</comment>
        <translation>der Ordner, den der Build schreibt, etwa dist; ohne Build-Schritt unbenutzt, wenn die Laufzeit die Quellen unverändert nimmt</translation>
    </message>
    <message>
        <source>Build output folder</source>
        <comment>options/outputDir/label</comment>
        <translation>Build-Ausgabeordner</translation>
    </message>
    <message>
        <source>true when the project has bun.lock or bun.lockb: installs are frozen to it; false installs the newest allowed versions, and the build is not reproducible</source>
        <comment>options/locked/help</comment>
        <translation>true, wenn das Projekt bun.lock oder bun.lockb hat: Installationen halten sich exakt daran; false installiert die neuesten erlaubten Versionen, und der Build ist nicht reproduzierbar</translation>
    </message>
    <message>
        <source>Lockfile committed</source>
        <comment>options/locked/label</comment>
        <translation>Lockfile eingecheckt</translation>
    </message>
    <message>
        <source>true when the project has a bunfig.toml (registries, scopes, install settings): it is bind-mounted into each install</source>
        <comment>options/bunfig/help</comment>
        <translation>true, wenn das Projekt eine bunfig.toml hat (Registries, Scopes, Installationseinstellungen): Sie wird in jede Installation per Bind-Mount eingebunden</translation>
    </message>
    <message>
        <source>bunfig.toml</source>
        <comment>options/bunfig/label</comment>
        <translation>bunfig.toml</translation>
    </message>
    <message>
        <source>true when the project has an .npmrc (registry, auth): each install reads it as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .), never copied into a layer or sent with the build context</source>
        <comment>options/npmrc/help</comment>
        <translation>true, wenn das Projekt eine .npmrc hat (Registry, Zugangsdaten): Jede Installation liest sie als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .), nie in einen Layer kopiert oder mit dem Build-Kontext verschickt</translation>
    </message>
    <message>
        <source>.npmrc</source>
        <comment>options/npmrc/label</comment>
        <translation>.npmrc</translation>
    </message>
    <message>
        <source>true when the project has a patches/ folder (bun patch writes patchedDependencies there): it is bind-mounted into each install</source>
        <comment>options/patches/help</comment>
        <translation>true, wenn das Projekt einen Ordner patches/ hat (bun patch schreibt patchedDependencies dorthin): Er wird in jede Installation per Bind-Mount eingebunden</translation>
    </message>
    <message>
        <source>patches/ folder</source>
        <comment>options/patches/label</comment>
        <translation>Ordner patches/</translation>
    </message>
    <message>
        <source>bun install --frozen-lockfile installs exactly what bun.lock (or the older binary bun.lockb) records, with the Bun release that also runs the app.</source>
        <comment>packageManagers/bun/description</comment>
        <translation>bun install --frozen-lockfile installiert genau das, was bun.lock (oder das ältere binäre bun.lockb) festhält, mit demselben Bun-Release, das auch die App ausführt.</translation>
    </message>
    <message>
        <source>Bun</source>
        <comment>packageManagers/bun/name</comment>
        <translation>Bun</translation>
    </message>
    <message>
        <source>the bun user and group of the Bun images</source>
        <comment>reservedIds/owner</comment>
        <translation>der Benutzer und die Gruppe bun der Bun-Images</translation>
    </message>
    <message>
        <source>The naive build: one image with the full Bun image, every dependency, the sources and Bun&apos;s download cache.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: ein Image mit dem vollen Bun-Image, jeder Abhängigkeit, den Quellen und Buns Download-Cache.</translation>
    </message>
    <message>
        <source>Installs the compilers and headers the dependency installs need; the full Bun image is Debian, so these are apt names.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation>Installiert die Compiler und Header, die die Installation der Abhängigkeiten braucht; das volle Bun-Image ist Debian, also sind das apt-Namen.</translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Die Anwendung liegt in /app.</translation>
    </message>
    <message>
        <source>Copies the manifests first so the install layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Kopiert zuerst die Manifeste, damit der Install-Layer wiederverwendet wird, solange sie sich nicht ändern.</translation>
    </message>
    <message>
        <source>Copies the manifest first so the install layer is reused while it is unchanged; the project has no lockfile.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Kopiert zuerst das Manifest, damit der Install-Layer wiederverwendet wird, solange es sich nicht ändert; das Projekt hat kein Lockfile.</translation>
    </message>
    <message>
        <source>Copies Bun&apos;s install settings.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Kopiert Buns Installationseinstellungen.</translation>
    </message>
    <message>
        <source>Copies the patches the install applies to dependencies.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Kopiert die Patches, die die Installation auf Abhängigkeiten anwendet.</translation>
    </message>
    <message>
        <source>Installs every dependency, dev tools included, and leaves Bun&apos;s download cache in the image. Even this naive build reads .npmrc as a secret: a token copied into a layer stays in the image for anyone who pulls it.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Installiert jede Abhängigkeit, auch die Dev-Tools, und lässt Buns Download-Cache im Image. Selbst dieser naive Build liest .npmrc als Secret: Ein in einen Layer kopiertes Token bleibt für jeden im Image, der es zieht.</translation>
    </message>
    <message>
        <source>Installs every dependency at the newest versions package.json allows (there is no lockfile, so the build is not reproducible), and leaves Bun&apos;s download cache in the image.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Installiert jede Abhängigkeit in der neuesten Version, die package.json erlaubt (es gibt kein Lockfile, daher ist der Build nicht reproduzierbar), und lässt Buns Download-Cache im Image.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Builds the application.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Baut die Anwendung.</translation>
    </message>
    <message>
        <source>Production mode for the running app, and the port it should listen on.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation>Produktionsmodus für die laufende App und der Port, auf dem sie lauschen soll.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/12/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/13/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>Starts the app in exec form.</source>
        <comment>singleStage/0/instructions/14/explain</comment>
        <translation>Startet die App in Exec-Form.</translation>
    </message>
    <message>
        <source>What both install stages share: the same Bun release as the runtime, on the same libc family, so native addons compiled here load there. It installs as root; nothing from here reaches the final image except what is copied out on purpose.</source>
        <comment>stages/base/explain</comment>
        <translation>Was beide Install-Stages gemeinsam haben: dasselbe Bun-Release wie zur Laufzeit, auf derselben libc-Familie, damit hier kompilierte native Addons dort laden. Es installiert als root; von hier gelangt nichts ins finale Image außer dem, was gezielt herauskopiert wird.</translation>
    </message>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ for a native addon that ships no prebuilt binary for musl. The compilers never reach the final image. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package, so a pinned version breaks at its next fix; the Bun image&apos;s Alpine release fixes the set.</source>
        <comment>stages/base/instructions/0/explain</comment>
        <translation>Installiert, womit die Installation der Abhängigkeiten kompiliert: node-gyp braucht python3, make und g++ für ein natives Addon, das kein vorgebautes Binary für musl mitbringt. Die Compiler erreichen das finale Image nie. Die Versionen sind nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets, eine gepinnte Version bricht also beim nächsten Fix; das Alpine-Release des Bun-Images legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ for a native addon that ships no prebuilt binary. The builder is Debian 13, like the runtime, so each addon is linked against the same glibc; the compilers never reach the final image. Versions are not pinned (hadolint DL3008): Debian replaces stable packages only with security fixes and the old version then leaves the mirrors; the Debian release fixes the set.</source>
        <comment>stages/base/instructions/1/explain</comment>
        <translation>Installiert, womit die Installation der Abhängigkeiten kompiliert: node-gyp braucht python3, make und g++ für ein natives Addon, das kein vorgebautes Binary mitbringt. Der Builder ist wie die Laufzeit Debian 13, daher wird jedes Addon gegen dieselbe glibc gelinkt; die Compiler erreichen das finale Image nie. Die Versionen sind nicht gepinnt (hadolint DL3008): Debian ersetzt stabile Pakete nur durch Sicherheitskorrekturen, und die alte Version verschwindet dann von den Mirrors; das Debian-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>Every later path is relative to /app; WORKDIR creates it.</source>
        <comment>stages/base/instructions/2/explain</comment>
        <translation>Jeder spätere Pfad ist relativ zu /app; WORKDIR legt es an.</translation>
    </message>
    <message>
        <source>Installs only the production dependencies, in a stage of their own so the final image can copy them without dev tools or Bun&apos;s download cache.</source>
        <comment>stages/deps/explain</comment>
        <translation>Installiert nur die Produktionsabhängigkeiten, in einer eigenen Stage, damit das finale Image sie ohne Dev-Tools und ohne Buns Download-Cache kopieren kann.</translation>
    </message>
    <message>
        <source>Installs the production dependencies exactly as ${lockfile} records them; --frozen-lockfile stops the build instead of quietly changing the lockfile. The Bun release is pinned to the patch, because a newer Bun can rewrite the lockfile and then refuse a frozen install. The manifests are bind-mounted, not copied, so they add no layer. With cache mounts on, Bun&apos;s download cache (/root/.bun/install/cache) persists between builds without becoming part of a layer. An .npmrc arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, so a registry token in it never reaches the image or its history.</source>
        <comment>stages/deps/instructions/0/explain</comment>
        <translation>Installiert die Produktionsabhängigkeiten genau so, wie ${lockfile} sie festhält; --frozen-lockfile bricht den Build ab, statt das Lockfile stillschweigend zu ändern. Das Bun-Release ist bis auf den Patch gepinnt, weil ein neueres Bun das Lockfile umschreiben und dann eine Frozen-Installation ablehnen kann. Die Manifeste sind per Bind-Mount eingebunden, nicht kopiert, und fügen daher keinen Layer hinzu. Mit Cache-Mounts bleibt Buns Download-Cache (/root/.bun/install/cache) zwischen Builds erhalten, ohne Teil eines Layers zu werden. Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, sodass ein Registry-Token darin nie das Image oder seine History erreicht.</translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs the production dependencies at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run bun install once locally and commit the bun.lock it writes; Stagecraft then switches to a frozen install. With cache mounts on, Bun&apos;s download cache persists between builds without becoming part of a layer. An .npmrc arrives as a BuildKit secret, never in a layer.</source>
        <comment>stages/deps/instructions/1/explain</comment>
        <translation>Das Projekt hat kein Lockfile, daher installiert dies die Produktionsabhängigkeiten in den neuesten Versionen, die package.json erlaubt: Zwei Builds derselben Quellen können verschiedene Abhängigkeiten bekommen, und der Build ist nicht reproduzierbar. Führen Sie bun install einmal lokal aus und checken Sie die geschriebene bun.lock ein; Stagecraft wechselt dann zu einer Frozen-Installation. Mit Cache-Mounts bleibt Buns Download-Cache zwischen Builds erhalten, ohne Teil eines Layers zu werden. Eine .npmrc kommt als BuildKit-Secret, nie in einem Layer.</translation>
    </message>
    <message>
        <source>Installs all dependencies, dev ones included (bundlers and type checkers are dev dependencies), exactly as ${lockfile} records them, before the sources arrive, so a source change does not repeat the install. An .npmrc arrives as a BuildKit secret, never in a layer.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation>Installiert alle Abhängigkeiten, auch die für Entwicklung (Bundler und Typprüfer sind Dev-Abhängigkeiten), genau so, wie ${lockfile} sie festhält, bevor die Quellen ankommen, damit eine Quelländerung die Installation nicht wiederholt. Eine .npmrc kommt als BuildKit-Secret, nie in einem Layer.</translation>
    </message>
    <message>
        <source>Installs all dependencies, dev ones included, at the newest versions package.json allows: without a lockfile the build is not reproducible. Commit bun.lock to make it so. An .npmrc arrives as a BuildKit secret, never in a layer.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Installiert alle Abhängigkeiten, auch die für Entwicklung, in den neuesten Versionen, die package.json erlaubt: Ohne Lockfile ist der Build nicht reproduzierbar. Checken Sie bun.lock ein, um das zu ändern. Eine .npmrc kommt als BuildKit-Secret, nie in einem Layer.</translation>
    </message>
    <message>
        <source>Copies the sources after the install, so editing them reuses the cached install layer. .dockerignore keeps node_modules, .git and secrets out.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Kopiert die Quellen nach der Installation, damit deren Bearbeitung den gecachten Install-Layer wiederverwendet. .dockerignore hält node_modules, .git und Secrets heraus.</translation>
    </message>
    <message>
        <source>Runs the package&apos;s ${buildScript} script, which writes the build output to ${outputDir}.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Führt das Skript ${buildScript} des Pakets aus, das die Build-Ausgabe nach ${outputDir} schreibt.</translation>
    </message>
    <message>
        <source>The image that ships: Bun, the production dependencies and the app, nothing else. The official Bun images already hold the one binary Bun needs to run JavaScript and TypeScript.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: Bun, die Produktionsabhängigkeiten und die App, sonst nichts. Die offiziellen Bun-Images enthalten bereits das eine Binary, das Bun braucht, um JavaScript und TypeScript auszuführen.</translation>
    </message>
    <message>
        <source>on Alpine, bun build --compile writes a musl executable that still loads libgcc and libstdc++, which a plain Alpine base lacks and no published recipe pins to the Bun image&apos;s Alpine release: choose distroless (distroless cc: glibc, libgcc and libstdc++) or slim (Debian 13) for compile=true</source>
        <comment>bases/alpine/unavailableOptions/compile</comment>
        <translation>auf Alpine schreibt bun build --compile eine ausführbare musl-Datei, die weiterhin libgcc und libstdc++ lädt; einer einfachen Alpine-Basis fehlen diese, und kein veröffentlichtes Rezept bindet sie an das Alpine-Release des Bun-Images: Wählen Sie für compile=true distroless (distroless cc: glibc, libgcc und libstdc++) oder slim (Debian 13)</translation>
    </message>
    <message>
        <source>the image holds only the compiled executable: no bun, curl or shell to probe the app with; turn compile off for a healthcheck, or let the orchestrator probe the port</source>
        <comment>options/compile/healthcheckUnavailable</comment>
        <translation>das Image enthält nur die kompilierte ausführbare Datei: kein bun, curl oder Shell, um die App zu prüfen; schalten Sie compile für einen Health-Check aus, oder lassen Sie den Orchestrator den Port prüfen</translation>
    </message>
    <message>
        <source>true: bun build --compile bundles the entry module, its dependencies and the Bun runtime into one executable, and the image holds only that (no bun, no node_modules, no health check); files the app reads at run time rather than imports are not inside it</source>
        <comment>options/compile/help</comment>
        <translation>true: bun build --compile bündelt das Einstiegsmodul, seine Abhängigkeiten und die Bun-Laufzeit zu einer einzigen ausführbaren Datei, und das Image enthält nur diese (kein bun, kein node_modules, kein Health-Check); Dateien, die die App zur Laufzeit liest statt importiert, sind nicht darin</translation>
    </message>
    <message>
        <source>Compile to one executable</source>
        <comment>options/compile/label</comment>
        <translation>Zu einer ausführbaren Datei kompilieren</translation>
    </message>
    <message>
        <source>with compile=true: the module the executable starts from (index.ts, src/index.ts, or the build output&apos;s dist/index.js when a build script runs first); the bundle holds every import it reaches</source>
        <comment>options/entry/help</comment>
        <translation>mit compile=true: das Modul, mit dem die ausführbare Datei startet (index.ts, src/index.ts oder dist/index.js aus der Build-Ausgabe, wenn zuerst ein Build-Skript läuft); das Bündel enthält jeden Import, den es erreicht</translation>
    </message>
    <message>
        <source>Entry module (compile)</source>
        <comment>options/entry/label</comment>
        <translation>Einstiegsmodul (compile)</translation>
    </message>
    <message>
        <source>Builds the application with every dependency, dev tools included; with compile=true it also writes the executable. Only the build output leaves this stage.</source>
        <comment>stages/build/explain</comment>
        <translation>Baut die Anwendung mit allen Abhängigkeiten, Dev-Werkzeuge eingeschlossen; mit compile=true schreibt sie auch die ausführbare Datei. Nur die Build-Ausgabe verlässt diese Stage.</translation>
    </message>
    <message>
        <source>Writes one executable: ${entry} and everything it imports, bundled and minified, joined to the Bun runtime of this image (glibc, for the build platform). --sourcemap embeds a compressed source map, so stack traces name the original files and lines.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Schreibt eine einzige ausführbare Datei: ${entry} und alles, was es importiert, gebündelt und minifiziert, verbunden mit der Bun-Laufzeit dieses Images (glibc, für die Build-Plattform). --sourcemap bettet eine komprimierte Source Map ein, sodass Stacktraces die ursprünglichen Dateien und Zeilen nennen.</translation>
    </message>
    <message>
        <source>The application lives in /app (the Bun images&apos; own /home/bun/app is not used: the app belongs to no home folder).</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Die Anwendung liegt in /app (das eigene /home/bun/app der Bun-Images wird nicht genutzt: Die App gehört in keinen Home-Ordner).</translation>
    </message>
    <message>
        <source>Takes only the production dependencies from the deps stage; dev dependencies and Bun&apos;s cache stay behind. They stay owned by root: the app can read them but not change them.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Übernimmt nur die Produktionsabhängigkeiten aus der Stage deps; Dev-Abhängigkeiten und Buns Cache bleiben zurück. Sie gehören weiter root: Die App kann sie lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Without a build step the sources are the app: Bun runs TypeScript and JSX directly, transpiling as it loads each file, so there is no compile step to ship the output of. They come from the build context (.dockerignore keeps node_modules, .git and secrets out) and stay owned by root, so the app cannot rewrite its own code.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Ohne Build-Schritt sind die Quellen die App: Bun führt TypeScript und JSX direkt aus und transpiliert jede Datei beim Laden, es gibt also keine Kompilierausgabe auszuliefern. Sie kommen aus dem Build-Kontext (.dockerignore hält node_modules, .git und Secrets heraus) und gehören weiter root, damit die App ihren eigenen Code nicht umschreiben kann.</translation>
    </message>
    <message>
        <source>Takes package.json: Bun reads its &quot;type&quot; and &quot;imports&quot; fields when it loads the app.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Übernimmt package.json: Bun liest beim Laden der App die Felder &quot;type&quot; und &quot;imports&quot;.</translation>
    </message>
    <message>
        <source>Takes the build output alone; the sources and dev dependencies stay in the build stage.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Übernimmt nur die Build-Ausgabe; die Quellen und Dev-Abhängigkeiten bleiben in der Build-Stage.</translation>
    </message>
    <message>
        <source>The distroless Bun image has no bun user and would run as root: this runs as the base&apos;s built-in nonroot user (65532) instead, which is always chosen here.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation>Das Distroless-Bun-Image hat keinen Benutzer bun und liefe als root: Dies läuft stattdessen als eingebauter nonroot-Benutzer der Basis (65532), der hier immer gewählt wird.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering. It uses Bun&apos;s own fetch, so it works on every base, distroless included, with no curl or shell.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet. Es nutzt Buns eigenes fetch und funktioniert daher auf jeder Basis, auch Distroless, ohne curl oder Shell.</translation>
    </message>
    <message>
        <source>Starts Bun directly in exec form, replacing the image&apos;s own entrypoint, so Bun is PID 1 and receives SIGTERM on docker stop (bun run start would start a second process). Arguments given to docker run are appended.</source>
        <comment>stages/runtime/instructions/12/explain</comment>
        <translation>Startet Bun direkt in Exec-Form und ersetzt den Entrypoint des Images, sodass Bun PID 1 ist und bei docker stop das SIGTERM erhält (bun run start würde einen zweiten Prozess starten). An docker run übergebene Argumente werden angehängt.</translation>
    </message>
    <message>
        <source>The image that ships with compile=true: the executable bun build --compile wrote, on a glibc base with nothing of Bun or node_modules.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das Image, das mit compile=true ausgeliefert wird: die ausführbare Datei, die bun build --compile geschrieben hat, auf einer glibc-Basis ohne Bun und ohne node_modules.</translation>
    </message>
    <message>
        <source>The executable lives in /app; files it reads at run time rather than imports (static assets, templates) are not inside it and must be copied here.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Die ausführbare Datei liegt in /app; Dateien, die sie zur Laufzeit liest statt importiert (statische Dateien, Vorlagen), sind nicht darin und müssen hierher kopiert werden.</translation>
    </message>
    <message>
        <source>Takes the executable alone: the sources, node_modules and Bun&apos;s cache stay in the build stage. It stays owned by root, so the app cannot replace itself.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Übernimmt nur die ausführbare Datei: Die Quellen, node_modules und Buns Cache bleiben in der Build-Stage. Sie gehört weiter root, damit die App sich nicht selbst ersetzen kann.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already sets; stating it keeps the intent visible.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von distroless (65532), den das Tag :nonroot bereits setzt; es anzugeben, macht die Absicht sichtbar.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p. There is no health check: this image has neither Bun nor an HTTP client to probe with, so use the orchestrator&apos;s probe.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p. Es gibt keinen Health-Check: Dieses Image hat weder Bun noch einen HTTP-Client zum Prüfen, nutzen Sie also die Prüfung des Orchestrators.</translation>
    </message>
    <message>
        <source>Starts the executable directly in exec form, so it is PID 1 and receives SIGTERM on docker stop. Arguments given to docker run are appended.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation>Startet die ausführbare Datei direkt in Exec-Form, sodass sie PID 1 ist und bei docker stop das SIGTERM erhält. An docker run übergebene Argumente werden angehängt.</translation>
    </message>
    <message>
        <source>Bun on Debian 13 slim: glibc compatibility for native addons, a shell and apt for debugging. With compile=true, plain Debian 13 slim holds the executable and no Bun.</source>
        <comment>bases/slim/description</comment>
        <translation>Bun auf Debian 13 slim: glibc-Kompatibilität für native Addons, eine Shell und apt zur Fehlersuche. Mit compile=true enthält ein einfaches Debian 13 slim die ausführbare Datei und kein Bun.</translation>
    </message>
    <message>
        <source>Bun on Google&apos;s distroless base (glibc, no OpenSSL, no shell, no package manager): nothing to attack or debug with besides Bun itself. With compile=true, distroless cc (glibc, libgcc, libstdc++) holds the executable and no Bun. Always runs as the base&apos;s nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation>Bun auf Googles Distroless-Basis (glibc, kein OpenSSL, keine Shell, kein Paketmanager): außer Bun selbst nichts anzugreifen und nichts zur Fehlersuche. Mit compile=true enthält distroless cc (glibc, libgcc, libstdc++) die ausführbare Datei und kein Bun. Läuft immer als nonroot-Benutzer der Basis.</translation>
    </message>
    <message>
        <source>the image starts /app/server, the executable bun build --compile makes from the entry module; set that option instead</source>
        <comment>options/compile/startCommandUnused</comment>
        <translation>das Image startet /app/server, die ausführbare Datei, die bun build --compile aus dem Einstiegsmodul erzeugt; setzen Sie stattdessen diese Option</translation>
    </message>
</context>
<context>
    <name>template/deno</name>
    <message>
        <source>Deno</source>
        <comment>name</comment>
        <translation>Deno</translation>
    </message>
    <message>
        <source>A server that runs on Deno: the locked dependencies are installed into Deno&apos;s cache in a build stage, and the runtime gets that cache and the sources on the Deno image, or one executable made by deno compile.</source>
        <comment>description</comment>
        <translation>Ein Server, der auf Deno läuft: Die gesperrten Abhängigkeiten werden in einer Build-Stage in Denos Cache installiert, und die Laufzeit erhält diesen Cache und die Quellen auf dem Deno-Image oder eine einzige, mit deno compile erzeugte ausführbare Datei.</translation>
    </message>
    <message>
        <source>Deno 2.9 (2.9.5)</source>
        <comment>languageVersions/2.9/name</comment>
        <translation>Deno 2.9 (2.9.5)</translation>
    </message>
    <message>
        <source>Deno</source>
        <comment>packageManagers/deno/name</comment>
        <translation>Deno</translation>
    </message>
    <message>
        <source>Deno installs what deno.json (and package.json, if there is one) imports: with deno.lock, deno ci installs exactly what the lockfile records and fails when it is missing or out of date.</source>
        <comment>packageManagers/deno/description</comment>
        <translation>Deno installiert, was deno.json (und package.json, falls vorhanden) importiert: Mit deno.lock installiert deno ci genau das, was die Lockdatei festhält, und schlägt fehl, wenn sie fehlt oder veraltet ist.</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>The official Deno image on Debian stable-slim, with tini as PID 1, a shell and apt for debugging, and its deno user (1993). deno compile output runs on plain Debian 13 slim.</source>
        <comment>bases/slim/description</comment>
        <translation>Das offizielle Deno-Image auf Debian stable-slim, mit tini als PID 1, einer Shell und apt zum Debuggen und seinem Benutzer deno (1993). Die Ausgabe von deno compile läuft auf einfachem Debian 13 slim.</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>The official Deno image on Alpine, with the glibc libraries Deno needs copied in beside musl, tini and its deno user (1000). It is not smaller by much: the Deno binary is most of any Deno image.</source>
        <comment>bases/alpine/description</comment>
        <translation>Das offizielle Deno-Image auf Alpine, mit den glibc-Bibliotheken, die Deno braucht, neben musl hineinkopiert, mit tini und seinem Benutzer deno (1000). Es ist kaum kleiner: Die Deno-Binärdatei macht den Großteil jedes Deno-Images aus.</translation>
    </message>
    <message>
        <source>deno compile writes a glibc executable (Deno publishes no musl runtime for it), and Alpine&apos;s musl cannot load it: choose slim (Debian 13) or distroless (distroless cc) for compile=true</source>
        <comment>bases/alpine/unavailableOptions/compile</comment>
        <translation>deno compile schreibt eine ausführbare Datei für glibc (Deno veröffentlicht dafür keine musl-Laufzeit), und Alpines musl kann sie nicht laden: Wählen Sie für compile=true slim (Debian 13) oder distroless (distroless cc)</translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>Deno, and the executables deno compile writes, are dynamically linked against glibc and libgcc, and scratch holds no libraries at all; choose distroless for the smallest Deno image.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>Deno und die ausführbaren Dateien, die deno compile schreibt, sind dynamisch gegen glibc und libgcc gelinkt, und scratch enthält überhaupt keine Bibliotheken; wählen Sie distroless für das kleinste Deno-Image.</translation>
    </message>
    <message>
        <source>Entry module</source>
        <comment>options/entry/label</comment>
        <translation>Einstiegsmodul</translation>
    </message>
    <message>
        <source>the module the app starts from (main.ts, server.ts, src/main.ts): the build caches every import it reaches, and deno compile bundles it</source>
        <comment>options/entry/help</comment>
        <translation>das Modul, mit dem die App startet (main.ts, server.ts, src/main.ts): Der Build cacht jeden Import, den es erreicht, und deno compile bündelt es</translation>
    </message>
    <message>
        <source>Compile to one executable</source>
        <comment>options/compile/label</comment>
        <translation>Zu einer ausführbaren Datei kompilieren</translation>
    </message>
    <message>
        <source>true: deno compile turns the entry module, its dependencies and a stripped Deno runtime into one executable, and the image holds only that (no deno, no health check); the permissions option is fixed in it at build time</source>
        <comment>options/compile/help</comment>
        <translation>true: deno compile macht aus dem Einstiegsmodul, seinen Abhängigkeiten und einer abgespeckten Deno-Laufzeit eine einzige ausführbare Datei, und das Image enthält nur diese (kein deno, kein Health-Check); die Option permissions wird beim Build darin festgelegt</translation>
    </message>
    <message>
        <source>the image holds only the compiled executable and tini: no deno, curl or shell to probe the app with; turn compile off for a healthcheck, or let the orchestrator probe the port</source>
        <comment>options/compile/healthcheckUnavailable</comment>
        <translation>das Image enthält nur die kompilierte ausführbare Datei und tini: kein deno, curl oder Shell, um die App zu prüfen; für einen Healthcheck compile ausschalten oder den Port vom Orchestrator prüfen lassen</translation>
    </message>
    <message>
        <source>Permissions (compile)</source>
        <comment>options/permissions/label</comment>
        <translation>Berechtigungen (compile)</translation>
    </message>
    <message>
        <source>with compile=true: the permission flags deno compile fixes in the executable, as deno run would take them (--allow-net, --allow-env, --allow-read=./static); without compile the start command states them</source>
        <comment>options/permissions/help</comment>
        <translation>mit compile=true: die Berechtigungs-Flags, die deno compile in der ausführbaren Datei festlegt, so wie deno run sie nehmen würde (--allow-net, --allow-env, --allow-read=./static); ohne compile nennt sie der Startbefehl</translation>
    </message>
    <message>
        <source>Lockfile committed</source>
        <comment>options/locked/label</comment>
        <translation>Lockdatei eingecheckt</translation>
    </message>
    <message>
        <source>true when the project has deno.lock: deno ci installs exactly what it records; false installs the newest versions deno.json allows, and the build is not reproducible</source>
        <comment>options/locked/help</comment>
        <translation>true, wenn das Projekt deno.lock hat: deno ci installiert genau das, was sie festhält; false installiert die neuesten Versionen, die deno.json erlaubt, und der Build ist nicht reproduzierbar</translation>
    </message>
    <message>
        <source>Deno configuration file</source>
        <comment>options/configFile/label</comment>
        <translation>Deno-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>deno.json or deno.jsonc, whichever the project has: the install reads its imports</source>
        <comment>options/configFile/help</comment>
        <translation>deno.json oder deno.jsonc, je nachdem, was das Projekt hat: Die Installation liest ihre Imports</translation>
    </message>
    <message>
        <source>package.json</source>
        <comment>options/packageJson/label</comment>
        <translation>package.json</translation>
    </message>
    <message>
        <source>true when the project also has a package.json: its dependencies are installed into node_modules with the rest</source>
        <comment>options/packageJson/help</comment>
        <translation>true, wenn das Projekt auch eine package.json hat: Ihre Abhängigkeiten werden mit dem Rest in node_modules installiert</translation>
    </message>
    <message>
        <source>the deno user and group of the Deno images (1993 on Debian, 1000 on Alpine)</source>
        <comment>reservedIds/owner</comment>
        <translation>der Benutzer und die Gruppe deno der Deno-Images (1993 auf Debian, 1000 auf Alpine)</translation>
    </message>
    <message>
        <source>Installs the dependencies into Deno&apos;s cache and caches every module the entry imports, with the same Deno release the runtime uses; with compile=true it also writes the executable. It runs as root; only what the runtime copies leaves it.</source>
        <comment>stages/build/explain</comment>
        <translation>Installiert die Abhängigkeiten in Denos Cache und cacht jedes Modul, das der Einstieg importiert, mit derselben Deno-Version, die die Laufzeit verwendet; mit compile=true schreibt sie auch die ausführbare Datei. Sie läuft als root; nur was die Laufzeit kopiert, verlässt sie.</translation>
    </message>
    <message>
        <source>Deno keeps downloaded modules and npm packages in DENO_DIR. The Deno images already point it at /deno-dir; stating it names the folder the runtime stage copies.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation>Deno legt heruntergeladene Module und npm-Pakete in DENO_DIR ab. Die Deno-Images setzen es bereits auf /deno-dir; es hier anzugeben, benennt den Ordner, den die Laufzeit-Stage kopiert.</translation>
    </message>
    <message>
        <source>Every later path is relative to /app; WORKDIR creates it.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Jeder spätere Pfad ist relativ zu /app; WORKDIR legt es an.</translation>
    </message>
    <message>
        <source>Copies only the configuration and the lockfile first, so the install layer is reused while they are unchanged. They are copied, not bind-mounted, because Deno reads them again when it caches the entry module.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Kopiert zuerst nur die Konfiguration und die Lockdatei, damit die Installationsschicht wiederverwendet wird, solange sie unverändert sind. Sie werden kopiert, nicht per Bind-Mount eingehängt, weil Deno sie beim Cachen des Einstiegsmoduls erneut liest.</translation>
    </message>
    <message>
        <source>Copies only the configuration first, so the install layer is reused while it is unchanged; the project has no deno.lock.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Kopiert zuerst nur die Konfiguration, damit die Installationsschicht wiederverwendet wird, solange sie unverändert ist; das Projekt hat keine deno.lock.</translation>
    </message>
    <message>
        <source>Copies package.json too: Deno installs its dependencies into node_modules with the rest.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Kopiert auch package.json: Deno installiert ihre Abhängigkeiten mit dem Rest in node_modules.</translation>
    </message>
    <message>
        <source>Installs exactly what deno.lock records and stops the build if the lockfile is missing or no longer matches the configuration (deno ci, Deno 2.8 and later); --prod leaves out devDependencies and --skip-types the @types packages. DENO_DIR is the install itself, which the runtime copies, so it cannot be a cache mount: with or without cache mounts this step is the same.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Installiert genau das, was deno.lock festhält, und bricht den Build ab, wenn die Lockdatei fehlt oder nicht mehr zur Konfiguration passt (deno ci, ab Deno 2.8); --prod lässt devDependencies weg und --skip-types die @types-Pakete. DENO_DIR ist die Installation selbst, die die Laufzeit kopiert, daher kann es kein Cache-Mount sein: Mit oder ohne Cache-Mounts ist dieser Schritt derselbe.</translation>
    </message>
    <message>
        <source>The project has no deno.lock, so this installs the newest versions the configuration allows: two builds of the same sources can get different dependencies. Run deno install once locally and commit the deno.lock it writes; Stagecraft then switches to deno ci. DENO_DIR is the install itself, so it cannot be a cache mount.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation>Das Projekt hat keine deno.lock, daher installiert dies die neuesten Versionen, die die Konfiguration erlaubt: Zwei Builds derselben Quellen können unterschiedliche Abhängigkeiten bekommen. Führen Sie deno install einmal lokal aus und checken Sie die geschriebene deno.lock ein; Stagecraft wechselt dann zu deno ci. DENO_DIR ist die Installation selbst, daher kann es kein Cache-Mount sein.</translation>
    </message>
    <message>
        <source>Copies the sources after the install, so editing them reuses the cached install layer. .dockerignore keeps .git, node_modules and .env files out.</source>
        <comment>stages/build/instructions/7/explain</comment>
        <translation>Kopiert die Quellen nach der Installation, damit Änderungen an ihnen die gecachte Installationsschicht wiederverwenden. .dockerignore hält .git, node_modules und .env-Dateien heraus.</translation>
    </message>
    <message>
        <source>Downloads every module ${entry} reaches that the install did not (remote imports written in the code), so the container never downloads at start. --frozen refuses a module the lockfile does not record.</source>
        <comment>stages/build/instructions/8/explain</comment>
        <translation>Lädt jedes Modul herunter, das ${entry} erreicht und das die Installation nicht geholt hat (entfernte Imports im Code), damit der Container beim Start nie etwas herunterlädt. --frozen lehnt ein Modul ab, das die Lockdatei nicht festhält.</translation>
    </message>
    <message>
        <source>Downloads every module ${entry} reaches that the install did not (remote imports written in the code), so the container never downloads at start.</source>
        <comment>stages/build/instructions/9/explain</comment>
        <translation>Lädt jedes Modul herunter, das ${entry} erreicht und das die Installation nicht geholt hat (entfernte Imports im Code), damit der Container beim Start nie etwas herunterlädt.</translation>
    </message>
    <message>
        <source>Writes one executable: ${entry}, its dependencies and denort, a stripped Deno runtime, which the first compile downloads into DENO_DIR. The permission flags are fixed in the executable now and cannot be changed at start. It is built for glibc on the build platform.</source>
        <comment>stages/build/instructions/10/explain</comment>
        <translation>Schreibt eine einzige ausführbare Datei: ${entry}, seine Abhängigkeiten und denort, eine abgespeckte Deno-Laufzeit, die das erste Kompilieren in DENO_DIR herunterlädt. Die Berechtigungs-Flags werden jetzt in der ausführbaren Datei festgelegt und lassen sich beim Start nicht ändern. Sie wird für glibc auf der Build-Plattform gebaut.</translation>
    </message>
    <message>
        <source>The image that ships: Deno, the dependency cache and the sources, with tini as PID 1. Compilers, download tools and the build&apos;s root-owned scratch files stay behind.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das Image, das ausgeliefert wird: Deno, der Abhängigkeits-Cache und die Quellen, mit tini als PID 1. Compiler, Download-Werkzeuge und die root gehörenden Hilfsdateien des Builds bleiben zurück.</translation>
    </message>
    <message>
        <source>Distroless has no Deno image of its own that is still updated, so the Deno binary comes from the build stage, the same release that installed the dependencies. Distroless cc provides the glibc and libgcc it links against.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Für distroless gibt es kein eigenes Deno-Image, das noch aktualisiert wird, daher kommt die Deno-Binärdatei aus der Build-Stage, dieselbe Version, die die Abhängigkeiten installiert hat. Distroless cc liefert die glibc und libgcc, gegen die sie gelinkt ist.</translation>
    </message>
    <message>
        <source>Takes tini from the Deno image: a tiny init that forwards signals and reaps zombies, because Deno as PID 1 would ignore docker stop&apos;s SIGTERM.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Übernimmt tini aus dem Deno-Image: ein winziger Init-Prozess, der Signale weiterleitet und Zombies einsammelt, weil Deno als PID 1 das SIGTERM von docker stop ignorieren würde.</translation>
    </message>
    <message>
        <source>Points Deno at the dependency cache copied below, so nothing is downloaded at start.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Verweist Deno auf den unten kopierten Abhängigkeits-Cache, damit beim Start nichts heruntergeladen wird.</translation>
    </message>
    <message>
        <source>The application lives in /app, as in the build stage, so the cached module paths still match.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Die Anwendung liegt in /app, wie in der Build-Stage, damit die gecachten Modulpfade weiterhin passen.</translation>
    </message>
    <message>
        <source>Takes the dependency cache. Without it the container would download every dependency again when it starts. It belongs to the image&apos;s unprivileged user, who runs the app and may add Deno&apos;s compiled-code cache to it.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Übernimmt den Abhängigkeits-Cache. Ohne ihn würde der Container beim Start jede Abhängigkeit erneut herunterladen. Er gehört dem unprivilegierten Benutzer des Images, der die App ausführt und Denos Cache für kompilierten Code darin ablegen darf.</translation>
    </message>
    <message>
        <source>Takes the sources with deno.lock and, with a package.json, node_modules. They stay owned by root: the app can read its code but not change it.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Übernimmt die Quellen mit deno.lock und, bei einer package.json, node_modules. Sie bleiben im Besitz von root: Die App kann ihren Code lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Runs the app as the Deno image&apos;s own deno user; the image would otherwise run as root. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Führt die App als eigenen Benutzer deno des Deno-Images aus; sonst liefe das Image als root. Numerische IDs brauchen keinen passwd-Eintrag und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already sets; stating it keeps the intent visible.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von distroless (65532), den das Tag :nonroot bereits setzt; es anzugeben, macht die Absicht sichtbar.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p. Deno.serve listens on all interfaces, on 8000 unless the code names a port.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p. Deno.serve lauscht auf allen Schnittstellen, auf 8000, sofern der Code keinen Port nennt.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering. It uses Deno&apos;s own fetch (deno eval runs with every permission), so it works on every base, distroless included, with no curl or shell.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet. Es nutzt Denos eigenes fetch (deno eval läuft mit allen Berechtigungen) und funktioniert daher auf jeder Basis, distroless eingeschlossen, ohne curl oder Shell.</translation>
    </message>
    <message>
        <source>tini runs as PID 1 and passes docker stop&apos;s SIGTERM on to Deno, which as PID 1 itself would not be stopped by it. Naming it here, rather than relying on the image&apos;s entry script, gives the same start on every base.</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation>tini läuft als PID 1 und gibt das SIGTERM von docker stop an Deno weiter, das selbst als PID 1 dadurch nicht beendet würde. Es hier zu nennen, statt sich auf das Einstiegsskript des Images zu verlassen, ergibt auf jeder Basis denselben Start.</translation>
    </message>
    <message>
        <source>Starts the app with deno in exec form, with the permission flags the start command states and nothing more.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation>Startet die App mit deno in Exec-Form, mit den Berechtigungs-Flags, die der Startbefehl nennt, und nicht mehr.</translation>
    </message>
    <message>
        <source>The image that ships with compile=true: the executable deno compile wrote and tini, on a glibc base with nothing of Deno itself.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das Image, das mit compile=true ausgeliefert wird: die ausführbare Datei, die deno compile geschrieben hat, und tini, auf einer glibc-Basis ohne etwas von Deno selbst.</translation>
    </message>
    <message>
        <source>Takes tini from the Deno image: a tiny init that forwards signals and reaps zombies, because the executable as PID 1 would ignore docker stop&apos;s SIGTERM.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Übernimmt tini aus dem Deno-Image: ein winziger Init-Prozess, der Signale weiterleitet und Zombies einsammelt, weil die ausführbare Datei als PID 1 das SIGTERM von docker stop ignorieren würde.</translation>
    </message>
    <message>
        <source>The executable lives in /app; files it reads at run time must be embedded (deno compile --include) or copied here.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Die ausführbare Datei liegt in /app; Dateien, die sie zur Laufzeit liest, müssen eingebettet (deno compile --include) oder hierher kopiert werden.</translation>
    </message>
    <message>
        <source>Takes the executable alone: the sources, the dependency cache and Deno stay in the build stage. It stays owned by root, so the app cannot replace itself.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Übernimmt nur die ausführbare Datei: Die Quellen, der Abhängigkeits-Cache und Deno bleiben in der Build-Stage. Sie bleibt im Besitz von root, damit sich die App nicht selbst ersetzen kann.</translation>
    </message>
    <message>
        <source>Runs the executable unprivileged, with the uid of the Deno images&apos; deno user; a numeric id needs no passwd entry, which Debian slim does not have for it.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Führt die ausführbare Datei unprivilegiert aus, mit der UID des Benutzers deno der Deno-Images; eine numerische ID braucht keinen passwd-Eintrag, den Debian slim dafür nicht hat.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already sets; stating it keeps the intent visible.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von distroless (65532), den das Tag :nonroot bereits setzt; es anzugeben, macht die Absicht sichtbar.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p. There is no health check: this image has neither Deno nor an HTTP client to probe with, so use the orchestrator&apos;s probe.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p. Es gibt keinen Health-Check: Dieses Image hat weder Deno noch einen HTTP-Client zum Prüfen, verwenden Sie daher die Probe des Orchestrators.</translation>
    </message>
    <message>
        <source>tini runs as PID 1 and passes docker stop&apos;s SIGTERM on to the executable.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>tini läuft als PID 1 und gibt das SIGTERM von docker stop an die ausführbare Datei weiter.</translation>
    </message>
    <message>
        <source>Starts the executable in exec form; its permissions were fixed when it was compiled.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Startet die ausführbare Datei in Exec-Form; ihre Berechtigungen wurden beim Kompilieren festgelegt.</translation>
    </message>
    <message>
        <source>The naive build: the Deno image with the sources, the dependencies and the whole build in one image.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: das Deno-Image mit den Quellen, den Abhängigkeiten und dem ganzen Build in einem Image.</translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation>Die Anwendung liegt in /app.</translation>
    </message>
    <message>
        <source>Copies the configuration and the lockfile first so the install layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Kopiert zuerst die Konfiguration und die Lockdatei, damit die Installationsschicht wiederverwendet wird, solange sie unverändert sind.</translation>
    </message>
    <message>
        <source>Copies the configuration first so the install layer is reused while it is unchanged; the project has no lockfile.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Kopiert zuerst die Konfiguration, damit die Installationsschicht wiederverwendet wird, solange sie unverändert ist; das Projekt hat keine Lockdatei.</translation>
    </message>
    <message>
        <source>Copies package.json, whose dependencies Deno installs too.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Kopiert package.json, deren Abhängigkeiten Deno ebenfalls installiert.</translation>
    </message>
    <message>
        <source>Installs everything deno.lock records, dev dependencies included, into the image&apos;s DENO_DIR.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Installiert alles, was deno.lock festhält, Entwicklungsabhängigkeiten eingeschlossen, in das DENO_DIR des Images.</translation>
    </message>
    <message>
        <source>Installs the newest versions the configuration allows (there is no lockfile, so the build is not reproducible) into the image&apos;s DENO_DIR.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Installiert die neuesten Versionen, die die Konfiguration erlaubt (es gibt keine Lockdatei, daher ist der Build nicht reproduzierbar), in das DENO_DIR des Images.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Caches every module ${entry} reaches, so the container does not download them at start.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Cacht jedes Modul, das ${entry} erreicht, damit der Container sie beim Start nicht herunterlädt.</translation>
    </message>
    <message>
        <source>Runs the app as the Deno image&apos;s deno user.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Führt die App als Benutzer deno des Deno-Images aus.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>tini as PID 1 passes docker stop&apos;s SIGTERM on to Deno.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation>tini als PID 1 gibt das SIGTERM von docker stop an Deno weiter.</translation>
    </message>
    <message>
        <source>Starts the app with deno in exec form.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation>Startet die App mit deno in Exec-Form.</translation>
    </message>
    <message>
        <source>Google&apos;s distroless cc image for Debian 13 (glibc, libgcc, CA certificates; no shell, no package manager) with the Deno binary and tini copied in from the Deno image; with compile=true, the executable and tini instead. Always runs as the base&apos;s nonroot user (65532).</source>
        <comment>bases/distroless/description</comment>
        <translation>Googles distroless-cc-Image für Debian 13 (glibc, libgcc, CA-Zertifikate; keine Shell, kein Paketmanager), in das die Deno-Binärdatei und tini aus dem Deno-Image kopiert werden; mit compile=true stattdessen die ausführbare Datei und tini. Läuft immer als nonroot-Benutzer der Basis (65532).</translation>
    </message>
    <message>
        <source>the image starts /app/server, the executable deno compile makes from the entry module with the permissions fixed in it; set those two options instead</source>
        <comment>options/compile/startCommandUnused</comment>
        <translation>das Image startet /app/server, die ausführbare Datei, die deno compile aus dem Einstiegsmodul mit fest eingebauten Berechtigungen erzeugt; setzen Sie stattdessen diese beiden Optionen</translation>
    </message>
</context>
<context>
    <name>template/dotnet</name>
    <message>
        <source>The aspnet runtime on Alpine 3.24 (musl), built with the Alpine SDK so the app host matches: small, with a BusyBox shell. Runs in invariant globalization mode (no ICU).</source>
        <comment>bases/alpine/description</comment>
        <translation>Die aspnet-Runtime auf Alpine 3.24 (musl), gebaut mit dem Alpine-SDK, damit der App-Host passt: klein, mit einer BusyBox-Shell. Läuft im invarianten Globalisierungsmodus (ohne ICU).</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>The aspnet runtime on Ubuntu 24.04, with ICU and a shell; .NET 10 publishes no Debian images.</source>
        <comment>bases/slim/description</comment>
        <translation>Die aspnet-Runtime auf Ubuntu 24.04, mit ICU und einer Shell; für .NET 10 gibt es keine Debian-Images.</translation>
    </message>
    <message>
        <source>the Ubuntu aspnet image has no HTTP client (curl or wget) to probe the app with; map a health endpoint and use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/slim/healthcheckUnavailable</comment>
        <translation>das Ubuntu-aspnet-Image hat keinen HTTP-Client (curl oder wget), um die App abzufragen; richten Sie einen Health-Endpunkt ein und nutzen Sie den HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Ubuntu</source>
        <comment>bases/slim/name</comment>
        <translation>Ubuntu</translation>
    </message>
    <message>
        <source>Canonical&apos;s chiseled Ubuntu with only the .NET runtime&apos;s own packages: no shell or package manager, no ICU (invariant globalization). Always runs as its app user (1654).</source>
        <comment>bases/distroless/description</comment>
        <translation>Canonicals Chiseled Ubuntu nur mit den Paketen, die die .NET-Runtime selbst braucht: keine Shell und kein Paketmanager, kein ICU (invariante Globalisierung). Läuft immer als sein App-Benutzer (1654).</translation>
    </message>
    <message>
        <source>chiseled images have no shell and no HTTP client to probe the app with; map a health endpoint and use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/distroless/healthcheckUnavailable</comment>
        <translation>Chiseled-Images haben keine Shell und keinen HTTP-Client, um die App abzufragen; richten Sie einen Health-Endpunkt ein und nutzen Sie den HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Chiseled Ubuntu</source>
        <comment>bases/distroless/name</comment>
        <translation>Chiseled Ubuntu</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>a framework-dependent app needs the .NET runtime and libc, and scratch holds nothing; choose chiseled Ubuntu for the smallest .NET image.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>eine Framework-abhängige App braucht die .NET-Runtime und die libc, und scratch enthält nichts; wählen Sie Chiseled Ubuntu für das kleinste .NET-Image.</translation>
    </message>
    <message>
        <source>An ASP.NET Core service restored and published with the .NET SDK on the build machine, shipped framework-dependent on Microsoft&apos;s aspnet runtime image: Alpine, Ubuntu or chiseled Ubuntu.</source>
        <comment>description</comment>
        <translation>Ein ASP.NET-Core-Dienst, mit restore und publish des .NET SDK auf dem Build-Rechner gebaut und Framework-abhängig auf Microsofts aspnet-Runtime-Image ausgeliefert: Alpine, Ubuntu oder Chiseled Ubuntu.</translation>
    </message>
    <message>
        <source>.NET 10 (LTS; 8.0 and 9.0 reached end of life on 2026-11-10)</source>
        <comment>languageVersions/10.0/name</comment>
        <translation>.NET 10 (LTS; 8.0 und 9.0 haben am 2026-11-10 ihr End of Life erreicht)</translation>
    </message>
    <message>
        <source>.NET (ASP.NET Core)</source>
        <comment>name</comment>
        <translation>.NET (ASP.NET Core)</translation>
    </message>
    <message>
        <source>the folder holding the project file (*.csproj), relative to the build context: &apos;.&apos; or a path such as src</source>
        <comment>options/projectDir/help</comment>
        <translation>der Ordner mit der Projektdatei (*.csproj), relativ zum Build-Kontext: &apos;.&apos; oder ein Pfad wie src</translation>
    </message>
    <message>
        <source>Project folder</source>
        <comment>options/projectDir/label</comment>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>the project file&apos;s name without .csproj (myWebApp for myWebApp.csproj); it is also the assembly and app host name unless the project sets &lt;AssemblyName&gt;, so start the app with ./NAME</source>
        <comment>options/projectName/help</comment>
        <translation>der Name der Projektdatei ohne .csproj (myWebApp für myWebApp.csproj); er ist auch der Name der Assembly und des App-Hosts, sofern das Projekt kein &lt;AssemblyName&gt; setzt, starten Sie die App also mit ./NAME</translation>
    </message>
    <message>
        <source>Project name</source>
        <comment>options/projectName/label</comment>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>dotnet restore downloads the packages the project file references into the NuGet cache; publish then builds without touching the network.</source>
        <comment>packageManagers/nuget/description</comment>
        <translation>dotnet restore lädt die Pakete, die die Projektdatei referenziert, in den NuGet-Cache; publish baut danach, ohne das Netzwerk anzufassen.</translation>
    </message>
    <message>
        <source>NuGet (dotnet restore)</source>
        <comment>packageManagers/nuget/name</comment>
        <translation>NuGet (dotnet restore)</translation>
    </message>
    <message>
        <source>The naive build: the whole .NET SDK, the NuGet cache, the sources and the build folders, shipped together with the app.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: das ganze .NET SDK, der NuGet-Cache, die Quellen und die Build-Ordner, zusammen mit der App ausgeliefert.</translation>
    </message>
    <message>
        <source>The sources live in /src.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation>Die Quellen liegen in /src.</translation>
    </message>
    <message>
        <source>Copies the project file first so the restore layer is reused while it is unchanged.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Kopiert zuerst die Projektdatei, damit der Restore-Layer wiederverwendet wird, solange sie sich nicht ändert.</translation>
    </message>
    <message>
        <source>Copies the project file first so the restore layer is reused while it is unchanged.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Kopiert zuerst die Projektdatei, damit der Restore-Layer wiederverwendet wird, solange sie sich nicht ändert.</translation>
    </message>
    <message>
        <source>Downloads the packages into the image&apos;s NuGet cache, where they stay.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Lädt die Pakete in den NuGet-Cache des Images, wo sie bleiben.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Publishes the app, leaving bin/ and obj/ in the image too.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Veröffentlicht die App und lässt auch bin/ und obj/ im Image.</translation>
    </message>
    <message>
        <source>The app starts from its publish folder.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Die App startet aus ihrem Publish-Ordner.</translation>
    </message>
    <message>
        <source>Kestrel listens on this port.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Kestrel lauscht auf diesem Port.</translation>
    </message>
    <message>
        <source>Runs as the SDK image&apos;s app user (APP_UID, 1654).</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Läuft als App-Benutzer des SDK-Images (APP_UID, 1654).</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>Starts the app host in exec form.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation>Startet den App-Host in Exec-Form.</translation>
    </message>
    <message>
        <source>Restores and publishes with the .NET SDK on the build machine&apos;s own platform; -a $TARGETARCH makes the output for the target platform, so a multi-platform build never runs the SDK under emulation.</source>
        <comment>stages/build/explain</comment>
        <translation>Führt restore und publish mit dem .NET SDK auf der Plattform des Build-Rechners aus; -a $TARGETARCH erzeugt die Ausgabe für die Zielplattform, sodass ein Multi-Plattform-Build das SDK nie unter Emulation ausführt.</translation>
    </message>
    <message>
        <source>BuildKit fills this with the architecture being built for (amd64, arm64); the SDK accepts these names for -a.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation>BuildKit füllt dies mit der Zielarchitektur des Builds (amd64, arm64); das SDK akzeptiert diese Namen für -a.</translation>
    </message>
    <message>
        <source>Every later path is relative to /src; WORKDIR creates it.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Jeder spätere Pfad ist relativ zu /src; WORKDIR legt es an.</translation>
    </message>
    <message>
        <source>Only the project file first, so the restore below reruns when the package references change, not on every code change.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Zuerst nur die Projektdatei, damit der Restore darunter neu läuft, wenn sich die Paketreferenzen ändern, nicht bei jeder Codeänderung.</translation>
    </message>
    <message>
        <source>Only the project file first, so the restore below reruns when the package references change, not on every code change.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Zuerst nur die Projektdatei, damit der Restore darunter neu läuft, wenn sich die Paketreferenzen ändern, nicht bei jeder Codeänderung.</translation>
    </message>
    <message>
        <source>Downloads the NuGet packages for the target architecture into the package cache (a cache mount, so they survive changes to the project file).</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Lädt die NuGet-Pakete für die Zielarchitektur in den Paket-Cache (ein Cache-Mount, daher überstehen sie Änderungen an der Projektdatei).</translation>
    </message>
    <message>
        <source>Copies the sources after the restore, so editing code reruns only the publish. The .dockerignore keeps bin/ and obj/ out: a host&apos;s obj/ would confuse the build.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Kopiert die Quellen nach dem Restore, sodass eine Codeänderung nur das Publish erneut ausführt. Die .dockerignore hält bin/ und obj/ fern: Ein obj/ vom Host würde den Build durcheinanderbringen.</translation>
    </message>
    <message>
        <source>Copies the project&apos;s folder after the restore, so editing code reruns only the publish. The .dockerignore keeps bin/ and obj/ out: a host&apos;s obj/ would confuse the build.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation>Kopiert den Ordner des Projekts nach dem Restore, sodass eine Codeänderung nur das Publish erneut ausführt. Die .dockerignore hält bin/ und obj/ fern: Ein obj/ vom Host würde den Build durcheinanderbringen.</translation>
    </message>
    <message>
        <source>Compiles in Release and writes the app, its dependencies and its app host to /app, framework-dependent: the runtime image supplies .NET itself. --no-restore uses the packages restored above.</source>
        <comment>stages/build/instructions/7/explain</comment>
        <translation>Kompiliert in Release und schreibt die App, ihre Abhängigkeiten und ihren App-Host nach /app, Framework-abhängig: .NET selbst liefert das Runtime-Image. --no-restore verwendet die oben wiederhergestellten Pakete.</translation>
    </message>
    <message>
        <source>The image that ships: the ASP.NET Core runtime and the published app, without the SDK, the package cache or the sources.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: die ASP.NET-Core-Runtime und die veröffentlichte App, ohne SDK, Paket-Cache oder Quellen.</translation>
    </message>
    <message>
        <source>The app lives in /app, owned by root, so the app user cannot rewrite it.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Die App liegt in /app, im Besitz von root, sodass der App-Benutzer sie nicht überschreiben kann.</translation>
    </message>
    <message>
        <source>Takes only the publish output from the build stage.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Übernimmt nur die Publish-Ausgabe aus der Build-Stage.</translation>
    </message>
    <message>
        <source>Kestrel listens on this port on all interfaces; the images default to 8080, and stating it keeps EXPOSE and the app on the same port.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Kestrel lauscht auf diesem Port auf allen Interfaces; die Images nehmen standardmäßig 8080, und ihn anzugeben, hält EXPOSE und die App auf demselben Port.</translation>
    </message>
    <message>
        <source>Runs as the unprivileged app user and group every .NET image creates (APP_UID, 1654); the Alpine and Ubuntu images otherwise run as root. Numeric ids let Kubernetes verify runAsNonRoot.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Läuft als unprivilegierter App-Benutzer und -Gruppe, die jedes .NET-Image anlegt (APP_UID, 1654); die Alpine- und Ubuntu-Images laufen sonst als root. Numerische IDs lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>The chiseled images already run as their app user (APP_UID, 1654) and have no root variant; stating it keeps the intent visible.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Die Chiseled-Images laufen bereits als ihr App-Benutzer (APP_UID, 1654) und haben keine root-Variante; ihn anzugeben, macht die Absicht sichtbar.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering, using BusyBox&apos;s wget in exec form.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet, mit BusyBox-wget in Exec-Form.</translation>
    </message>
    <message>
        <source>Starts the app in exec form, so it is PID 1 and receives SIGTERM on docker stop; the app host (named after the assembly) runs the app on the image&apos;s .NET runtime.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Startet die App in Exec-Form, sodass sie PID 1 ist und bei docker stop das SIGTERM erhält; der App-Host (nach der Assembly benannt) führt die App auf der .NET-Runtime des Images aus.</translation>
    </message>
</context>
<context>
    <name>template/go</name>
    <message>
        <source>A 4 MB base with a BusyBox shell for debugging; the static binary does not care that it uses musl.</source>
        <comment>bases/alpine/description</comment>
        <translation>Eine 4-MB-Basis mit einer BusyBox-Shell zur Fehlersuche; dem statischen Binary ist egal, dass sie musl verwendet.</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>Debian without extras: a familiar shell and apt for debugging, about 30 MB.</source>
        <comment>bases/slim/description</comment>
        <translation>Debian ohne Extras: eine vertraute Shell und apt zur Fehlersuche, etwa 30 MB.</translation>
    </message>
    <message>
        <source>Debian slim has no HTTP client (curl or wget) to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/slim/healthcheckUnavailable</comment>
        <translation>Debian slim hat keinen HTTP-Client (curl oder wget), um die App abzufragen; geben Sie dem Binary ein health-Unterkommando oder nutzen Sie den HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>About 2 MB: CA certificates, time zones, /tmp and a nonroot user, but no shell or package manager. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation>Etwa 2 MB: CA-Zertifikate, Zeitzonen, /tmp und ein nonroot-Benutzer, aber keine Shell und kein Paketmanager. Läuft immer als sein nonroot-Benutzer.</translation>
    </message>
    <message>
        <source>distroless static has no shell and no HTTP client to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/distroless/healthcheckUnavailable</comment>
        <translation>distroless static hat keine Shell und keinen HTTP-Client, um die App abzufragen; geben Sie dem Binary ein health-Unterkommando oder nutzen Sie den HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Distroless static</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless static</translation>
    </message>
    <message>
        <source>Nothing but the binary and the few files the build copies in: the smallest possible image.</source>
        <comment>bases/scratch/description</comment>
        <translation>Nichts außer dem Binary und den wenigen Dateien, die der Build hineinkopiert: das kleinstmögliche Image.</translation>
    </message>
    <message>
        <source>scratch holds only the binary: there is no shell or HTTP client to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/scratch/healthcheckUnavailable</comment>
        <translation>scratch enthält nur das Binary: Es gibt keine Shell und keinen HTTP-Client, um die App abzufragen; geben Sie dem Binary ein health-Unterkommando oder nutzen Sie den HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>A Go service built as one static binary, cross-compiled on the build machine and shipped on a base that holds little or nothing else.</source>
        <comment>description</comment>
        <translation>Ein Go-Dienst als ein statisches Binary, auf dem Build-Rechner cross-kompiliert und auf einer Basis ausgeliefert, die wenig oder gar nichts sonst enthält.</translation>
    </message>
    <message>
        <source>Go 1.27</source>
        <comment>languageVersions/1.27/name</comment>
        <translation>Go 1.27</translation>
    </message>
    <message>
        <source>Go 1.26</source>
        <comment>languageVersions/1.26/name</comment>
        <translation>Go 1.26</translation>
    </message>
    <message>
        <source>Go 1.25 (end of life: no security fixes)</source>
        <comment>languageVersions/1.25/name</comment>
        <translation>Go 1.25 (End of Life: keine Sicherheitskorrekturen)</translation>
    </message>
    <message>
        <source>Go 1.24 (end of life: no security fixes)</source>
        <comment>languageVersions/1.24/name</comment>
        <translation>Go 1.24 (End of Life: keine Sicherheitskorrekturen)</translation>
    </message>
    <message>
        <source>Go 1.23 (end of life: no security fixes)</source>
        <comment>languageVersions/1.23/name</comment>
        <translation>Go 1.23 (End of Life: keine Sicherheitskorrekturen)</translation>
    </message>
    <message>
        <source>Go 1.22 (end of life: no security fixes)</source>
        <comment>languageVersions/1.22/name</comment>
        <translation>Go 1.22 (End of Life: keine Sicherheitskorrekturen)</translation>
    </message>
    <message>
        <source>Go</source>
        <comment>name</comment>
        <translation>Go</translation>
    </message>
    <message>
        <source>the package holding func main, relative to go.mod: &apos;.&apos; or a path such as ./cmd/server</source>
        <comment>options/mainPackage/help</comment>
        <translation>das Paket mit func main, relativ zu go.mod: &apos;.&apos; oder ein Pfad wie ./cmd/server</translation>
    </message>
    <message>
        <source>Main package</source>
        <comment>options/mainPackage/label</comment>
        <translation>Main-Paket</translation>
    </message>
    <message>
        <source>whether the module has a go.sum; a module without dependencies has none, and mounting or copying a missing file fails the build</source>
        <comment>options/goSum/help</comment>
        <translation>ob das Modul eine go.sum hat; ein Modul ohne Abhängigkeiten hat keine, und das Einbinden oder Kopieren einer fehlenden Datei lässt den Build scheitern</translation>
    </message>
    <message>
        <source>go.sum exists</source>
        <comment>options/goSum/label</comment>
        <translation>go.sum vorhanden</translation>
    </message>
    <message>
        <source>build with cgo (import &quot;C&quot; or a dependency such as go-sqlite3): the binary links libc dynamically, so it needs a base with glibc (Debian slim)</source>
        <comment>options/cgo/help</comment>
        <translation>mit cgo bauen (import &quot;C&quot; oder eine Abhängigkeit wie go-sqlite3): Das Binary linkt die libc dynamisch und braucht daher eine Basis mit glibc (Debian slim)</translation>
    </message>
    <message>
        <source>Uses cgo</source>
        <comment>options/cgo/label</comment>
        <translation>Nutzt cgo</translation>
    </message>
    <message>
        <source>go mod download fetches exactly the versions go.mod and go.sum record.</source>
        <comment>packageManagers/go/description</comment>
        <translation>go mod download holt genau die Versionen, die go.mod und go.sum festhalten.</translation>
    </message>
    <message>
        <source>Go modules</source>
        <comment>packageManagers/go/name</comment>
        <translation>Go-Module</translation>
    </message>
    <message>
        <source>The naive build: the whole Go toolchain, the module and build caches and the sources, shipped together with the binary.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: die ganze Go-Toolchain, Modul- und Build-Cache und die Quellen, zusammen mit dem Binary ausgeliefert.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids, early, so this layer is never rebuilt.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation>Legt früh einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an, damit dieser Layer nie neu gebaut wird.</translation>
    </message>
    <message>
        <source>The sources live in /src.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Die Quellen liegen in /src.</translation>
    </message>
    <message>
        <source>Copies the module files first so the download layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Kopiert zuerst die Moduldateien, damit der Download-Layer wiederverwendet wird, solange sie sich nicht ändern.</translation>
    </message>
    <message>
        <source>Copies the module file first so the download layer is reused while it is unchanged; the module has no go.sum.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Kopiert zuerst die Moduldatei, damit der Download-Layer wiederverwendet wird, solange sie sich nicht ändert; das Modul hat keine go.sum.</translation>
    </message>
    <message>
        <source>Downloads the modules into the image&apos;s module cache, where they stay.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Lädt die Module in den Modul-Cache des Images, wo sie bleiben.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Builds the binary with the default settings, leaving the build cache in the image.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Baut das Binary mit den Standardeinstellungen und lässt den Build-Cache im Image.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>Starts the binary in exec form.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Startet das Binary in Exec-Form.</translation>
    </message>
    <message>
        <source>Compiles the binary with the full Go toolchain. It runs on the build machine&apos;s own platform and cross-compiles for the target, so a multi-platform build never runs the compiler under emulation.</source>
        <comment>stages/build/explain</comment>
        <translation>Kompiliert das Binary mit der vollen Go-Toolchain. Sie läuft auf der Plattform des Build-Rechners und cross-kompiliert für das Ziel, sodass ein Multi-Plattform-Build den Compiler nie unter Emulation ausführt.</translation>
    </message>
    <message>
        <source>BuildKit fills these with the platform being built for (e.g. linux and arm64); declaring them makes them visible in this stage.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation>BuildKit füllt diese mit der Zielplattform des Builds (z. B. linux und arm64); sie zu deklarieren macht sie in dieser Stage sichtbar.</translation>
    </message>
    <message>
        <source>Every later path is relative to /src; WORKDIR creates it.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Jeder spätere Pfad ist relativ zu /src; WORKDIR legt es an.</translation>
    </message>
    <message>
        <source>Downloads the modules go.mod and go.sum pin, in a step of its own so it reruns only when they change. They are bind-mounted, not copied, so they add no layer; a module without dependencies has no go.sum, and then only go.mod is mounted.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Lädt die Module, die go.mod und go.sum pinnen, in einem eigenen Schritt, damit er nur bei deren Änderung erneut läuft. Sie sind per Bind-Mount eingebunden, nicht kopiert, und fügen daher keinen Layer hinzu; ein Modul ohne Abhängigkeiten hat keine go.sum, dann wird nur go.mod eingebunden.</translation>
    </message>
    <message>
        <source>Builds the binary with cgo, which the project needs: it links the builder&apos;s glibc dynamically, so it runs only on a base with a compatible glibc (Debian slim). The builder&apos;s gcc compiles for its own platform: a multi-platform build needs a cross compiler per target (set CC), or one build per platform.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Baut das Binary mit cgo, das das Projekt braucht: Es linkt die glibc des Builders dynamisch und läuft daher nur auf einer Basis mit kompatibler glibc (Debian slim). Der gcc des Builders kompiliert für dessen eigene Plattform: Ein Multi-Plattform-Build braucht einen Cross-Compiler pro Ziel (CC setzen) oder einen Build pro Plattform.</translation>
    </message>
    <message>
        <source>Builds a static binary for the target platform. CGO_ENABLED=0 is explicit because cgo is on whenever gcc exists, which would link libc dynamically. -trimpath drops local paths for reproducible builds; -s strips symbols (since Go 1.22 it implies -w, kept for readers who know the pair). The sources are bind-mounted, never a layer, so the binary is written outside them.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Baut ein statisches Binary für die Zielplattform. CGO_ENABLED=0 steht ausdrücklich da, weil cgo aktiv ist, sobald gcc vorhanden ist, und die libc dann dynamisch gelinkt würde. -trimpath entfernt lokale Pfade für reproduzierbare Builds; -s entfernt die Symbole (seit Go 1.22 schließt es -w ein, das für Leser bleibt, die das Paar kennen). Die Quellen sind per Bind-Mount eingebunden, nie ein Layer, daher wird das Binary außerhalb von ihnen geschrieben.</translation>
    </message>
    <message>
        <source>Prepares the few files a program expects and scratch lacks (user entries, CA certificates, time zones, /tmp) in a folder, so the final image copies them in one layer.</source>
        <comment>stages/rootfs/explain</comment>
        <translation>Bereitet die wenigen Dateien, die ein Programm erwartet und die scratch fehlen (Benutzereinträge, CA-Zertifikate, Zeitzonen, /tmp), in einem Ordner vor, damit das finale Image sie in einem Layer kopiert.</translation>
    </message>
    <message>
        <source>Writes passwd and group entries for root and the app user (user lookups fail without them), /tmp with mode 1777 as programs expect, the CA bundle for TLS, and Go&apos;s own time zone database.</source>
        <comment>stages/rootfs/instructions/0/explain</comment>
        <translation>Schreibt passwd- und group-Einträge für root und den App-Benutzer (ohne sie scheitern Benutzer-Lookups), /tmp mit Modus 1777, wie Programme es erwarten, das CA-Bundle für TLS und Gos eigene Zeitzonendatenbank.</translation>
    </message>
    <message>
        <source>Writes passwd and group entries for root (user lookups fail without them), /tmp with mode 1777 as programs expect, the CA bundle for TLS, and Go&apos;s own time zone database.</source>
        <comment>stages/rootfs/instructions/1/explain</comment>
        <translation>Schreibt passwd- und group-Einträge für root (ohne sie scheitern Benutzer-Lookups), /tmp mit Modus 1777, wie Programme es erwarten, das CA-Bundle für TLS und Gos eigene Zeitzonendatenbank.</translation>
    </message>
    <message>
        <source>The image that ships: the binary on the chosen base, without the toolchain, the module cache or the sources.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: das Binary auf der gewählten Basis, ohne Toolchain, Modul-Cache oder Quellen.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt).</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
    <message>
        <source>Copies the prepared files into the empty image; copying the folder&apos;s contents keeps /tmp&apos;s sticky, world-writable mode.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Kopiert die vorbereiteten Dateien in das leere Image; wer den Inhalt des Ordners kopiert, behält den Sticky-Modus von /tmp, in dem jeder schreiben darf.</translation>
    </message>
    <message>
        <source>Debian slim has no CA certificates; Go reads this bundle to verify TLS servers, so outgoing HTTPS works.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Debian slim hat keine CA-Zertifikate; Go liest dieses Bundle, um TLS-Server zu prüfen, damit ausgehendes HTTPS funktioniert.</translation>
    </message>
    <message>
        <source>The base has no time zone database; this is the one that ships with the Go release used to build, so time.LoadLocation works.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Die Basis hat keine Zeitzonendatenbank; dies ist die des Go-Releases, mit dem gebaut wurde, damit time.LoadLocation funktioniert.</translation>
    </message>
    <message>
        <source>Tells Go where its time zone database is; a -trimpath binary does not know where the toolchain lived.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Sagt Go, wo seine Zeitzonendatenbank liegt; ein mit -trimpath gebautes Binary weiß nicht, wo die Toolchain lag.</translation>
    </message>
    <message>
        <source>Takes only the binary from the build stage. It stays owned by root on purpose: the app user can run it but not overwrite it.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Übernimmt nur das Binary aus der Build-Stage. Es gehört absichtlich weiter root: Der App-Benutzer kann es ausführen, aber nicht überschreiben.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus. Numerische IDs brauchen keinen passwd-Lookup und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it keeps the intent visible. Its only root variant is the unversioned :latest tag, so this base always runs unprivileged.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von Distroless (65532), den der Tag :nonroot bereits wählt; ihn anzugeben, macht die Absicht sichtbar. Die einzige root-Variante ist der unversionierte Tag :latest, daher läuft diese Basis immer unprivilegiert.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering, using BusyBox&apos;s wget in exec form (no shell involved).</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet, mit BusyBox-wget in Exec-Form (ohne Shell).</translation>
    </message>
    <message>
        <source>Starts the binary directly in exec form, so it is PID 1 and receives SIGTERM on docker stop; arguments given to docker run are appended.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation>Startet das Binary direkt in Exec-Form, sodass es PID 1 ist und bei docker stop das SIGTERM erhält; an docker run übergebene Argumente werden angehängt.</translation>
    </message>
    <message>
        <source>module {value}</source>
        <comment>detect/identify/0/finding</comment>
        <translation>module {value}</translation>
    </message>
    <message>
        <source>toolchain {value}</source>
        <comment>detect/values/0/finding</comment>
        <translation>toolchain {value}</translation>
    </message>
    <message>
        <source>go {value}</source>
        <comment>detect/values/1/finding</comment>
        <translation>go {value}</translation>
    </message>
    <message>
        <source>requires {value} (needs cgo)</source>
        <comment>detect/values/2/finding</comment>
        <translation>erfordert {value} (braucht cgo)</translation>
    </message>
    <message>
        <source>Go modules</source>
        <comment>detect/values/3/finding</comment>
        <translation>Go-Module</translation>
    </message>
    <message>
        <source>go.mod exists</source>
        <comment>detect/values/4/finding</comment>
        <translation>go.mod vorhanden</translation>
    </message>
    <message>
        <source>go.sum exists</source>
        <comment>detect/values/5/finding</comment>
        <translation>go.sum vorhanden</translation>
    </message>
</context>
<context>
    <name>template/java</name>
    <message>
        <source>Eclipse Temurin&apos;s Java runtime built for musl, on Alpine 3.24: the smallest image with a shell (BusyBox) for debugging. With jlink, the app&apos;s own runtime on plain Alpine.</source>
        <comment>bases/alpine/description</comment>
        <translation>Die für musl gebaute Java-Runtime von Eclipse Temurin auf Alpine 3.24: das kleinste Image mit einer Shell (BusyBox) zur Fehlersuche. Mit jlink die eigene Runtime der App auf schlichtem Alpine.</translation>
    </message>
    <message>
        <source>Temurin JRE on Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Temurin-JRE auf Alpine</translation>
    </message>
    <message>
        <source>Eclipse Temurin&apos;s Java runtime on Ubuntu 24.04 (glibc), the most common choice; Temurin publishes no Debian slim image. With jlink, the app&apos;s own runtime on Debian 13 slim.</source>
        <comment>bases/slim/description</comment>
        <translation>Die Java-Runtime von Eclipse Temurin auf Ubuntu 24.04 (glibc), die verbreitetste Wahl; Temurin veröffentlicht kein Debian-slim-Image. Mit jlink die eigene Runtime der App auf Debian 13 slim.</translation>
    </message>
    <message>
        <source>the Temurin Ubuntu image has no HTTP client (curl or wget) to probe the app with; use Spring Boot Actuator&apos;s health endpoint from your orchestrator&apos;s HTTP probe</source>
        <comment>bases/slim/healthcheckUnavailable</comment>
        <translation>das Ubuntu-Image von Temurin hat keinen HTTP-Client (curl oder wget), um die App abzufragen; nutzen Sie den Health-Endpunkt von Spring Boot Actuator im HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Temurin JRE on Ubuntu</source>
        <comment>bases/slim/name</comment>
        <translation>Temurin-JRE auf Ubuntu</translation>
    </message>
    <message>
        <source>Google&apos;s distroless image with the Temurin JRE from Debian 13: no shell or package manager. With jlink, the app&apos;s own runtime on distroless java-base. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation>Googles Distroless-Image mit der Temurin-JRE aus Debian 13: keine Shell und kein Paketmanager. Mit jlink die eigene Runtime der App auf distroless java-base. Läuft immer als sein nonroot-Benutzer.</translation>
    </message>
    <message>
        <source>distroless has no shell and no HTTP client to probe the app with; use Spring Boot Actuator&apos;s health endpoint from your orchestrator&apos;s HTTP probe</source>
        <comment>bases/distroless/healthcheckUnavailable</comment>
        <translation>distroless hat keine Shell und keinen HTTP-Client, um die App abzufragen; nutzen Sie den Health-Endpunkt von Spring Boot Actuator im HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Distroless Java</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless Java</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>the JVM needs libc, zlib and its own runtime files, and scratch holds nothing at all; choose distroless (with jlink for the smallest Java image).</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>die JVM braucht die libc, zlib und ihre eigenen Runtime-Dateien, und scratch enthält gar nichts; wählen Sie distroless (mit jlink für das kleinste Java-Image).</translation>
    </message>
    <message>
        <source>A Java service built with Maven or Gradle (or their wrappers) on the build machine, shipped as a Spring Boot layered jar or an executable jar on a Temurin JRE, a distroless Java image, or a runtime of its own made with jlink.</source>
        <comment>description</comment>
        <translation>Ein Java-Dienst, mit Maven oder Gradle (oder deren Wrappern) auf dem Build-Rechner gebaut und als geschichtetes Spring-Boot-Jar oder ausführbares Jar ausgeliefert, auf einer Temurin-JRE, einem Distroless-Java-Image oder einer eigenen, mit jlink erzeugten Runtime.</translation>
    </message>
    <message>
        <source>Java 25 (LTS)</source>
        <comment>languageVersions/25/name</comment>
        <translation>Java 25 (LTS)</translation>
    </message>
    <message>
        <source>Java 21 (LTS)</source>
        <comment>languageVersions/21/name</comment>
        <translation>Java 21 (LTS)</translation>
    </message>
    <message>
        <source>Java 17 (LTS, Temurin support ends 2027-10)</source>
        <comment>languageVersions/17/name</comment>
        <translation>Java 17 (LTS, Temurin-Support endet 2027-10)</translation>
    </message>
    <message>
        <source>Java</source>
        <comment>name</comment>
        <translation>Java</translation>
    </message>
    <message>
        <source>run the project&apos;s mvnw or gradlew (with .mvn/wrapper or gradle/wrapper) instead of the Maven or Gradle in the build image; turn it off for a project without a wrapper</source>
        <comment>options/wrapper/help</comment>
        <translation>das mvnw oder gradlew des Projekts (mit .mvn/wrapper oder gradle/wrapper) statt des Maven oder Gradle im Build-Image ausführen; für ein Projekt ohne Wrapper ausschalten</translation>
    </message>
    <message>
        <source>Build with the wrapper</source>
        <comment>options/wrapper/label</comment>
        <translation>Mit dem Wrapper bauen</translation>
    </message>
    <message>
        <source>the build makes a Spring Boot jar (Boot 3.3 or later), whose layers are extracted into separate image layers; off, the build&apos;s jar must be executable on its own (a Main-Class and its dependencies inside)</source>
        <comment>options/springBoot/help</comment>
        <translation>der Build erzeugt ein Spring-Boot-Jar (Boot 3.3 oder neuer), dessen Schichten in getrennte Image-Layer entpackt werden; ausgeschaltet muss das Jar des Builds für sich allein ausführbar sein (eine Main-Class und seine Abhängigkeiten darin)</translation>
    </message>
    <message>
        <source>Spring Boot jar</source>
        <comment>options/springBoot/label</comment>
        <translation>Spring-Boot-Jar</translation>
    </message>
    <message>
        <source>link a Java runtime with only the modules jdeps finds the app using, instead of the full JRE; a module loaded only by reflection or a service loader can be missing at run time, so test the image</source>
        <comment>options/jlink/help</comment>
        <translation>eine Java-Runtime nur mit den Modulen linken, die jdeps in der App findet, statt der vollen JRE; ein Modul, das nur per Reflection oder Service Loader geladen wird, kann zur Laufzeit fehlen, testen Sie also das Image</translation>
    </message>
    <message>
        <source>Custom runtime (jlink)</source>
        <comment>options/jlink/label</comment>
        <translation>Eigene Runtime (jlink)</translation>
    </message>
    <message>
        <source>Maven builds target/*.jar from pom.xml; with a wrapper (mvnw and .mvn/wrapper) the project&apos;s own Maven version is used.</source>
        <comment>packageManagers/maven/description</comment>
        <translation>Maven baut target/*.jar aus pom.xml; mit einem Wrapper (mvnw und .mvn/wrapper) wird die Maven-Version des Projekts verwendet.</translation>
    </message>
    <message>
        <source>Maven</source>
        <comment>packageManagers/maven/name</comment>
        <translation>Maven</translation>
    </message>
    <message>
        <source>Gradle builds build/libs/*.jar from build.gradle or build.gradle.kts; with a wrapper (gradlew and gradle/wrapper) the project&apos;s own Gradle version is used.</source>
        <comment>packageManagers/gradle/description</comment>
        <translation>Gradle baut build/libs/*.jar aus build.gradle oder build.gradle.kts; mit einem Wrapper (gradlew und gradle/wrapper) wird die Gradle-Version des Projekts verwendet.</translation>
    </message>
    <message>
        <source>Gradle</source>
        <comment>packageManagers/gradle/name</comment>
        <translation>Gradle</translation>
    </message>
    <message>
        <source>the ubuntu user of the Ubuntu-based Temurin images and the gradle user of the Gradle images</source>
        <comment>reservedIds/owner</comment>
        <translation>der ubuntu-Benutzer der Ubuntu-basierten Temurin-Images und der gradle-Benutzer der Gradle-Images</translation>
    </message>
    <message>
        <source>The naive build: the JDK, the build tool, its download cache and the sources, shipped together with the jar.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: das JDK, das Build-Tool, sein Download-Cache und die Quellen, zusammen mit dem Jar ausgeliefert.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids, early, so this layer is never rebuilt.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation>Legt früh einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an, damit dieser Layer nie neu gebaut wird.</translation>
    </message>
    <message>
        <source>Keeps Gradle&apos;s downloads out of the Gradle image&apos;s /home/gradle/.gradle, a VOLUME whose build-time contents are lost.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Hält Gradles Downloads aus /home/gradle/.gradle des Gradle-Images heraus, einem VOLUME, dessen Inhalt aus dem Build verloren geht.</translation>
    </message>
    <message>
        <source>The sources live in /src.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Die Quellen liegen in /src.</translation>
    </message>
    <message>
        <source>Downloads Maven and the dependencies into ~/.m2, where they stay in the image.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Lädt Maven und die Abhängigkeiten nach ~/.m2, wo sie im Image bleiben.</translation>
    </message>
    <message>
        <source>Downloads the dependencies into ~/.m2, where they stay in the image.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Lädt die Abhängigkeiten nach ~/.m2, wo sie im Image bleiben.</translation>
    </message>
    <message>
        <source>Downloads Gradle and the dependencies into GRADLE_USER_HOME, where they stay in the image.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Lädt Gradle und die Abhängigkeiten nach GRADLE_USER_HOME, wo sie im Image bleiben.</translation>
    </message>
    <message>
        <source>Downloads the dependencies into GRADLE_USER_HOME, where they stay in the image.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Lädt die Abhängigkeiten nach GRADLE_USER_HOME, wo sie im Image bleiben.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Builds the jar with the wrapper; target/ and the jar&apos;s copy both stay in the image.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Baut das Jar mit dem Wrapper; target/ und die Kopie des Jars bleiben beide im Image.</translation>
    </message>
    <message>
        <source>Builds the jar; target/ and the jar&apos;s copy both stay in the image.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation>Baut das Jar; target/ und die Kopie des Jars bleiben beide im Image.</translation>
    </message>
    <message>
        <source>Builds the Spring Boot jar with the wrapper, leaving Gradle&apos;s build folder in the image.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation>Baut das Spring-Boot-Jar mit dem Wrapper und lässt Gradles Build-Ordner im Image.</translation>
    </message>
    <message>
        <source>Builds the Spring Boot jar, leaving Gradle&apos;s build folder in the image.</source>
        <comment>singleStage/0/instructions/12/explain</comment>
        <translation>Baut das Spring-Boot-Jar und lässt Gradles Build-Ordner im Image.</translation>
    </message>
    <message>
        <source>Builds the executable jar with the wrapper, leaving Gradle&apos;s build folder in the image.</source>
        <comment>singleStage/0/instructions/13/explain</comment>
        <translation>Baut das ausführbare Jar mit dem Wrapper und lässt Gradles Build-Ordner im Image.</translation>
    </message>
    <message>
        <source>Builds the executable jar, leaving Gradle&apos;s build folder in the image.</source>
        <comment>singleStage/0/instructions/14/explain</comment>
        <translation>Baut das ausführbare Jar und lässt Gradles Build-Ordner im Image.</translation>
    </message>
    <message>
        <source>Spring Boot reads server.port from this variable.</source>
        <comment>singleStage/0/instructions/15/explain</comment>
        <translation>Spring Boot liest server.port aus dieser Variable.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/16/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/17/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>Starts the JVM in exec form.</source>
        <comment>singleStage/0/instructions/18/explain</comment>
        <translation>Startet die JVM in Exec-Form.</translation>
    </message>
    <message>
        <source>Builds the jar with the JDK and the build tool. Bytecode is the same on every platform, so this stage runs on the build machine&apos;s own platform and never under emulation.</source>
        <comment>stages/build/explain</comment>
        <translation>Baut das Jar mit dem JDK und dem Build-Tool. Bytecode ist auf jeder Plattform gleich, daher läuft diese Stage auf der Plattform des Build-Rechners und nie unter Emulation.</translation>
    </message>
    <message>
        <source>Keeps Gradle&apos;s downloads in a folder of our own instead of the Gradle image&apos;s /home/gradle/.gradle, which is a VOLUME there: what a build step writes into a volume is lost.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation>Legt Gradles Downloads in einem eigenen Ordner ab statt in /home/gradle/.gradle des Gradle-Images, das dort ein VOLUME ist: Was ein Build-Schritt in ein Volume schreibt, geht verloren.</translation>
    </message>
    <message>
        <source>Every later path is relative to /src; WORKDIR creates it.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Jeder spätere Pfad ist relativ zu /src; WORKDIR legt es an.</translation>
    </message>
    <message>
        <source>Downloads Maven and most of the dependencies into the local repository. It only warms the cache (some plugin dependencies still come later), so the build below is never run offline.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Lädt Maven und die meisten Abhängigkeiten ins lokale Repository. Das wärmt nur den Cache vor (einige Plugin-Abhängigkeiten kommen erst später), daher läuft der Build darunter nie offline.</translation>
    </message>
    <message>
        <source>Downloads most of the dependencies into the local repository with the image&apos;s Maven. It only warms the cache (some plugin dependencies still come later), so the build below is never run offline.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Lädt die meisten Abhängigkeiten mit dem Maven des Images ins lokale Repository. Das wärmt nur den Cache vor (einige Plugin-Abhängigkeiten kommen erst später), daher läuft der Build darunter nie offline.</translation>
    </message>
    <message>
        <source>Downloads Gradle and resolves the dependencies into GRADLE_USER_HOME; Gradle has no offline-preparation task, so this only warms the cache. --no-daemon: a daemon would outlive the step for nothing.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Lädt Gradle und löst die Abhängigkeiten nach GRADLE_USER_HOME auf; Gradle hat keinen Task zur Offline-Vorbereitung, daher wärmt dies nur den Cache vor. --no-daemon: Ein Daemon würde den Schritt grundlos überdauern.</translation>
    </message>
    <message>
        <source>Resolves the dependencies into GRADLE_USER_HOME with the image&apos;s Gradle; Gradle has no offline-preparation task, so this only warms the cache. --no-daemon: a daemon would outlive the step for nothing.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation>Löst die Abhängigkeiten mit dem Gradle des Images nach GRADLE_USER_HOME auf; Gradle hat keinen Task zur Offline-Vorbereitung, daher wärmt dies nur den Cache vor. --no-daemon: Ein Daemon würde den Schritt grundlos überdauern.</translation>
    </message>
    <message>
        <source>Copies the sources (src/, the Maven and Gradle standard layout) after the dependency step, so editing code reruns only the steps from here on. Only src/: copying the whole project again would also bring back a wrapper script without the mode set above.</source>
        <comment>stages/build/instructions/7/explain</comment>
        <translation>Kopiert die Quellen (src/, das Standardlayout von Maven und Gradle) nach dem Abhängigkeitsschritt, sodass eine Codeänderung nur die Schritte ab hier erneut ausführt. Nur src/: Das ganze Projekt noch einmal zu kopieren, brächte auch ein Wrapper-Skript ohne den oben gesetzten Modus zurück.</translation>
    </message>
    <message>
        <source>Builds the jar without running the tests (run them in CI, before the image). Spring Boot&apos;s repackage keeps the plain jar as *.jar.original, so exactly one jar matches; cp fails loudly if a build leaves more than one. A Spring Boot jar is then split into its layers (dependencies, spring-boot-loader, snapshot-dependencies, application) with the tools jar mode of Boot 3.3 and later; without --launcher the result starts with a plain java -jar app.jar, the layout Spring recommends for class data sharing.</source>
        <comment>stages/build/instructions/8/explain</comment>
        <translation>Baut das Jar, ohne die Tests auszuführen (führen Sie sie im CI aus, vor dem Image). Das Repackage von Spring Boot behält das einfache Jar als *.jar.original, daher passt genau ein Jar; cp scheitert deutlich, wenn ein Build mehr als eines hinterlässt. Ein Spring-Boot-Jar wird dann mit dem Jar-Modus tools von Boot 3.3 und neuer in seine Schichten zerlegt (dependencies, spring-boot-loader, snapshot-dependencies, application); ohne --launcher startet das Ergebnis mit einem einfachen java -jar app.jar, dem Layout, das Spring für Class Data Sharing empfiehlt.</translation>
    </message>
    <message>
        <source>Builds the jar without running the tests (run them in CI, before the image). Spring Boot&apos;s repackage keeps the plain jar as *.jar.original, so exactly one jar matches; cp fails loudly if a build leaves more than one. A Spring Boot jar is then split into its layers (dependencies, spring-boot-loader, snapshot-dependencies, application) with the tools jar mode of Boot 3.3 and later; without --launcher the result starts with a plain java -jar app.jar, the layout Spring recommends for class data sharing.</source>
        <comment>stages/build/instructions/9/explain</comment>
        <translation>Baut das Jar, ohne die Tests auszuführen (führen Sie sie im CI aus, vor dem Image). Das Repackage von Spring Boot behält das einfache Jar als *.jar.original, daher passt genau ein Jar; cp scheitert deutlich, wenn ein Build mehr als eines hinterlässt. Ein Spring-Boot-Jar wird dann mit dem Jar-Modus tools von Boot 3.3 und neuer in seine Schichten zerlegt (dependencies, spring-boot-loader, snapshot-dependencies, application); ohne --launcher startet das Ergebnis mit einem einfachen java -jar app.jar, dem Layout, das Spring für Class Data Sharing empfiehlt.</translation>
    </message>
    <message>
        <source>Runs only the bootJar task: &apos;build&apos; would also run the tests and write the plain x-plain.jar next to the boot jar, and then build/libs/*.jar matches two files. The jar is then split into its layers (dependencies, spring-boot-loader, snapshot-dependencies, application) with the tools jar mode of Boot 3.3 and later; without --launcher the result starts with a plain java -jar app.jar.</source>
        <comment>stages/build/instructions/10/explain</comment>
        <translation>Führt nur den Task bootJar aus: &apos;build&apos; würde auch die Tests ausführen und das einfache x-plain.jar neben das Boot-Jar schreiben, und dann passt build/libs/*.jar auf zwei Dateien. Das Jar wird dann mit dem Jar-Modus tools von Boot 3.3 und neuer in seine Schichten zerlegt (dependencies, spring-boot-loader, snapshot-dependencies, application); ohne --launcher startet das Ergebnis mit einem einfachen java -jar app.jar.</translation>
    </message>
    <message>
        <source>Runs only the bootJar task: &apos;build&apos; would also run the tests and write the plain x-plain.jar next to the boot jar, and then build/libs/*.jar matches two files. The jar is then split into its layers (dependencies, spring-boot-loader, snapshot-dependencies, application) with the tools jar mode of Boot 3.3 and later; without --launcher the result starts with a plain java -jar app.jar.</source>
        <comment>stages/build/instructions/11/explain</comment>
        <translation>Führt nur den Task bootJar aus: &apos;build&apos; würde auch die Tests ausführen und das einfache x-plain.jar neben das Boot-Jar schreiben, und dann passt build/libs/*.jar auf zwei Dateien. Das Jar wird dann mit dem Jar-Modus tools von Boot 3.3 und neuer in seine Schichten zerlegt (dependencies, spring-boot-loader, snapshot-dependencies, application); ohne --launcher startet das Ergebnis mit einem einfachen java -jar app.jar.</translation>
    </message>
    <message>
        <source>Runs only the jar task, without the tests; the project&apos;s jar task must make it executable (Main-Class, dependencies inside). cp fails loudly if build/libs holds more than one jar.</source>
        <comment>stages/build/instructions/12/explain</comment>
        <translation>Führt nur den Task jar aus, ohne die Tests; der jar-Task des Projekts muss es ausführbar machen (Main-Class, Abhängigkeiten darin). cp scheitert deutlich, wenn build/libs mehr als ein Jar enthält.</translation>
    </message>
    <message>
        <source>Runs only the jar task, without the tests; the project&apos;s jar task must make it executable (Main-Class, dependencies inside). cp fails loudly if build/libs holds more than one jar.</source>
        <comment>stages/build/instructions/13/explain</comment>
        <translation>Führt nur den Task jar aus, ohne die Tests; der jar-Task des Projekts muss es ausführbar machen (Main-Class, Abhängigkeiten darin). cp scheitert deutlich, wenn build/libs mehr als ein Jar enthält.</translation>
    </message>
    <message>
        <source>Links a Java runtime with only the modules the app uses. It runs on the target platform (no --platform): Temurin 24 and later have no jmods folder, so jlink can only link for the platform it runs on.</source>
        <comment>stages/jre/explain</comment>
        <translation>Linkt eine Java-Runtime nur mit den Modulen, die die App verwendet. Sie läuft auf der Zielplattform (kein --platform): Temurin 24 und neuer haben keinen jmods-Ordner, daher kann jlink nur für die Plattform linken, auf der es läuft.</translation>
    </message>
    <message>
        <source>jdeps lists the JDK modules the app and its libraries use; jlink builds a runtime of just those, without debug symbols, man pages or headers. The jar is bind-mounted from the build stage, so it adds no layer here.</source>
        <comment>stages/jre/instructions/0/explain</comment>
        <translation>jdeps listet die JDK-Module auf, die die App und ihre Bibliotheken verwenden; jlink baut eine Runtime nur aus diesen, ohne Debug-Symbole, Manpages oder Header. Das Jar ist per Bind-Mount aus der Build-Stage eingebunden und fügt hier daher keinen Layer hinzu.</translation>
    </message>
    <message>
        <source>jdeps lists the JDK modules the jar uses; jlink builds a runtime of just those, without debug symbols, man pages or headers. The jar is bind-mounted from the build stage, so it adds no layer here.</source>
        <comment>stages/jre/instructions/1/explain</comment>
        <translation>jdeps listet die JDK-Module auf, die das Jar verwendet; jlink baut eine Runtime nur aus diesen, ohne Debug-Symbole, Manpages oder Header. Das Jar ist per Bind-Mount aus der Build-Stage eingebunden und fügt hier daher keinen Layer hinzu.</translation>
    </message>
    <message>
        <source>The image that ships: the Java runtime and the application, without the JDK, the build tool, its caches or the sources.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: die Java-Runtime und die Anwendung, ohne JDK, Build-Tool, dessen Caches oder Quellen.</translation>
    </message>
    <message>
        <source>The image that ships: the linked runtime and the application on a base without any Java, the JDK, the build tool or the sources.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: die gelinkte Runtime und die Anwendung auf einer Basis ohne jedes Java, ohne JDK, Build-Tool oder Quellen.</translation>
    </message>
    <message>
        <source>The runtime jlink linked, at the path the Temurin images use.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Die Runtime, die jlink gelinkt hat, unter dem Pfad, den die Temurin-Images verwenden.</translation>
    </message>
    <message>
        <source>Puts the linked runtime&apos;s java on the search path; the path is written out in full because a distroless base may not set PATH.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Setzt das java der gelinkten Runtime in den Suchpfad; der Pfad ist voll ausgeschrieben, weil eine Distroless-Basis PATH womöglich nicht setzt.</translation>
    </message>
</context>
<context>
    <name>template/languages</name>
    <message>
        <source>Languages `stagecraft detect` names even when no stack is installed for them. Each entry is a &quot;detect&quot; block as in a stack template (README, &apos;Your own stacks&apos;); a stack whose detect block names the same language replaces its entry.</source>
        <comment>description</comment>
        <translation>Sprachen, die `stagecraft detect` auch dann nennt, wenn für sie kein Stack installiert ist. Jeder Eintrag ist ein &quot;detect&quot;-Block wie in einer Stack-Vorlage (README, &apos;Your own stacks&apos;); ein Stack, dessen detect-Block dieselbe Sprache nennt, ersetzt ihren Eintrag.</translation>
    </message>
    <message>
        <source>binaries: {value}</source>
        <comment>languages/0/values/0/finding</comment>
        <translation>Binaries: {value}</translation>
    </message>
    <message>
        <source>binaries: {value}</source>
        <comment>languages/0/values/1/finding</comment>
        <translation>Binaries: {value}</translation>
    </message>
    <message>
        <source>[workspace]</source>
        <comment>languages/0/values/2/finding</comment>
        <translation>[workspace]</translation>
    </message>
    <message>
        <source>lockfile Cargo.lock</source>
        <comment>languages/0/values/3/finding</comment>
        <translation>Lockfile Cargo.lock</translation>
    </message>
    <message>
        <source>channel {value}</source>
        <comment>languages/0/values/4/finding</comment>
        <translation>channel {value}</translation>
    </message>
    <message>
        <source>{value}</source>
        <comment>languages/0/values/5/finding</comment>
        <translation>{value}</translation>
    </message>
    <message>
        <source>rust-version &quot;{value}&quot;</source>
        <comment>languages/0/values/6/finding</comment>
        <translation>rust-version &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>pom.xml (Maven)</source>
        <comment>languages/1/identify/0/finding</comment>
        <translation>pom.xml (Maven)</translation>
    </message>
    <message>
        <source>{file} (Gradle)</source>
        <comment>languages/1/identify/1/finding</comment>
        <translation>{file} (Gradle)</translation>
    </message>
    <message>
        <source>&lt;java.version&gt;{value}</source>
        <comment>languages/1/values/0/finding</comment>
        <translation>&lt;java.version&gt;{value}</translation>
    </message>
    <message>
        <source>&lt;maven.compiler.release&gt;{value}</source>
        <comment>languages/1/values/1/finding</comment>
        <translation>&lt;maven.compiler.release&gt;{value}</translation>
    </message>
    <message>
        <source>maven-compiler-plugin &lt;release&gt;{value}</source>
        <comment>languages/1/values/2/finding</comment>
        <translation>maven-compiler-plugin &lt;release&gt;{value}</translation>
    </message>
    <message>
        <source>&lt;maven.compiler.source&gt;{value}</source>
        <comment>languages/1/values/3/finding</comment>
        <translation>&lt;maven.compiler.source&gt;{value}</translation>
    </message>
    <message>
        <source>maven-compiler-plugin &lt;source&gt;{value}</source>
        <comment>languages/1/values/4/finding</comment>
        <translation>maven-compiler-plugin &lt;source&gt;{value}</translation>
    </message>
    <message>
        <source>Spring Boot web listens on 8080 by default</source>
        <comment>languages/1/values/5/finding</comment>
        <translation>Spring Boot Web lauscht standardmäßig auf 8080</translation>
    </message>
    <message>
        <source>toolchain languageVersion {value}</source>
        <comment>languages/1/values/6/finding</comment>
        <translation>toolchain languageVersion {value}</translation>
    </message>
    <message>
        <source>jvmToolchain {value}</source>
        <comment>languages/1/values/7/finding</comment>
        <translation>jvmToolchain {value}</translation>
    </message>
    <message>
        <source>sourceCompatibility {value}</source>
        <comment>languages/1/values/8/finding</comment>
        <translation>sourceCompatibility {value}</translation>
    </message>
    <message>
        <source>Spring Boot web listens on 8080 by default</source>
        <comment>languages/1/values/9/finding</comment>
        <translation>Spring Boot Web lauscht standardmäßig auf 8080</translation>
    </message>
    <message>
        <source>TargetFramework {value}</source>
        <comment>languages/2/values/0/finding</comment>
        <translation>TargetFramework {value}</translation>
    </message>
    <message>
        <source>TargetFramework {value}</source>
        <comment>languages/2/values/1/finding</comment>
        <translation>TargetFramework {value}</translation>
    </message>
    <message>
        <source>ASP.NET Core images listen on 8080 by default</source>
        <comment>languages/2/values/2/finding</comment>
        <translation>ASP.NET-Core-Images lauschen standardmäßig auf 8080</translation>
    </message>
    <message>
        <source>require.php &quot;{value}&quot;</source>
        <comment>languages/3/values/0/finding</comment>
        <translation>require.php &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>lockfile composer.lock</source>
        <comment>languages/3/values/1/finding</comment>
        <translation>Lockfile composer.lock</translation>
    </message>
    <message>
        <source>Ruby {value}</source>
        <comment>languages/4/values/0/finding</comment>
        <translation>Ruby {value}</translation>
    </message>
    <message>
        <source>ruby &quot;{value}&quot;</source>
        <comment>languages/4/values/1/finding</comment>
        <translation>ruby &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>gem rails</source>
        <comment>languages/4/values/2/finding</comment>
        <translation>gem rails</translation>
    </message>
    <message>
        <source>Rails listens on 3000 by default</source>
        <comment>languages/4/values/3/finding</comment>
        <translation>Rails lauscht standardmäßig auf 3000</translation>
    </message>
    <message>
        <source>lockfile Gemfile.lock</source>
        <comment>languages/4/values/4/finding</comment>
        <translation>Lockfile Gemfile.lock</translation>
    </message>
    <message>
        <source>lockfile deno.lock</source>
        <comment>languages/5/values/0/finding</comment>
        <translation>Lockfile deno.lock</translation>
    </message>
    <message>
        <source>Deno {value}</source>
        <comment>languages/5/values/1/finding</comment>
        <translation>Deno {value}</translation>
    </message>
</context>
<context>
    <name>template/nextjs</name>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>Next.js runs its standalone server.js on Node.js, which needs the node runtime and its shared libraries; scratch holds nothing at all.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>Next.js führt sein Standalone-server.js auf Node.js aus, das die node-Laufzeit und ihre Shared Libraries braucht; scratch enthält überhaupt nichts.</translation>
    </message>
    <message>
        <source>A Next.js app: with output: &apos;standalone&apos;, the traced server, its static files and public assets run on a small Node.js base; without it, next start runs .next with the production dependencies.</source>
        <comment>description</comment>
        <translation>Eine Next.js-App: Mit output: &apos;standalone&apos; laufen der getracte Server, seine statischen Dateien und öffentlichen Assets auf einer kleinen Node.js-Basis; ohne das führt next start .next mit den Produktionsabhängigkeiten aus.</translation>
    </message>
    <message>
        <source>Next.js</source>
        <comment>name</comment>
        <translation>Next.js</translation>
    </message>
    <message>
        <source>true when the project has a public/ folder: the runtime copies it next to the standalone server</source>
        <comment>options/publicDir/help</comment>
        <translation>true, wenn das Projekt einen Ordner public/ hat: Die Laufzeit kopiert ihn neben den Standalone-Server</translation>
    </message>
    <message>
        <source>public/ folder</source>
        <comment>options/publicDir/label</comment>
        <translation>Ordner public/</translation>
    </message>
    <message>
        <source>true when the project has a pnpm-workspace.yaml (pnpm 10 keeps settings such as onlyBuiltDependencies there): it is bind-mounted into the install</source>
        <comment>options/pnpmWorkspace/help</comment>
        <translation>true, wenn das Projekt eine pnpm-workspace.yaml hat (pnpm 10 hält dort Einstellungen wie onlyBuiltDependencies): Sie wird per Bind-Mount in die Installation eingebunden</translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml</source>
        <comment>options/pnpmWorkspace/label</comment>
        <translation>pnpm-workspace.yaml</translation>
    </message>
    <message>
        <source>true when next.config sets output: &apos;standalone&apos;, so the image ships .next/standalone; false runs next start with .next and the production node_modules</source>
        <comment>options/nextStandalone/help</comment>
        <translation>true, wenn next.config output: &apos;standalone&apos; setzt, sodass das Image .next/standalone ausliefert; false führt next start mit .next und den node_modules für die Produktion aus</translation>
    </message>
    <message>
        <source>Standalone output</source>
        <comment>options/nextStandalone/label</comment>
        <translation>Standalone-Ausgabe</translation>
    </message>
    <message>
        <source>the project&apos;s next.config file, which next start reads at start-up (only without standalone output)</source>
        <comment>options/nextConfig/help</comment>
        <translation>die next.config-Datei des Projekts, die next start beim Start liest (nur ohne Standalone-Ausgabe)</translation>
    </message>
    <message>
        <source>next.config file</source>
        <comment>options/nextConfig/label</comment>
        <translation>next.config-Datei</translation>
    </message>
    <message>
        <source>true when next.config.ts must be compiled at start-up and typescript is only a dev dependency: the runtime then takes typescript from the build stage</source>
        <comment>options/configTypescript/help</comment>
        <translation>true, wenn next.config.ts beim Start kompiliert werden muss und typescript nur eine Dev-Abhängigkeit ist: Die Laufzeit übernimmt typescript dann aus der Build-Stage</translation>
    </message>
    <message>
        <source>TypeScript for next.config.ts</source>
        <comment>options/configTypescript/label</comment>
        <translation>TypeScript für next.config.ts</translation>
    </message>
    <message>
        <source>the node user and group of the Node.js images</source>
        <comment>reservedIds/owner</comment>
        <translation>der Benutzer und die Gruppe node der Node.js-Images</translation>
    </message>
    <message>
        <source>The naive build: one image with the full Node.js toolchain, every dependency, the sources, the build and the package cache, served by next start.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: ein Image mit der vollen Node.js-Toolchain, jeder Abhängigkeit, den Quellen, dem Build und dem Paket-Cache, ausgeliefert von next start.</translation>
    </message>
    <message>
        <source>Runs the ${installHook} script now that the sources it needs are here, then next build.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Führt das Skript ${installHook} aus, jetzt, da die nötigen Quellen da sind, dann next build.</translation>
    </message>
    <message>
        <source>Generates the Prisma client with the project&apos;s own Prisma CLI, then runs next build.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Erzeugt den Prisma-Client mit der projekteigenen Prisma-CLI und führt dann next build aus.</translation>
    </message>
    <message>
        <source>Runs next build.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Führt next build aus.</translation>
    </message>
    <message>
        <source>Production mode and no telemetry for the running app, set after the install so dev dependencies were installed; next start listens on PORT.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Produktionsmodus und keine Telemetrie für die laufende App, gesetzt nach der Installation, damit die Dev-Abhängigkeiten installiert wurden; next start lauscht auf PORT.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and gives it the .next folder so Next.js can write its cache: the naive way, which copies every file under .next into one more layer.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer an und übergibt ihm den Ordner .next, damit Next.js seinen Cache schreiben kann: der naive Weg, der jede Datei unter .next in einen weiteren Layer kopiert.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>Starts next start from the full installation in exec form (the naive variant does not use the standalone output).</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Startet next start aus der vollen Installation in Exec-Form (die naive Variante nutzt die Standalone-Ausgabe nicht).</translation>
    </message>
    <message>
        <source>Without output: &apos;standalone&apos;, next start loads its packages from node_modules, so the production dependencies are installed in a stage of their own, without build tools, for the runtime to copy.</source>
        <comment>stages/deps/explain</comment>
        <translation>Ohne output: &apos;standalone&apos; lädt next start seine Pakete aus node_modules, daher werden die Produktionsabhängigkeiten in einer eigenen Stage ohne Build-Werkzeuge installiert, die die Laufzeit kopiert.</translation>
    </message>
    <message>
        <source>Installs every dependency and runs next build. Only the standalone output, the static bundles and public/ leave this stage.</source>
        <comment>stages/build/explain</comment>
        <translation>Installiert jede Abhängigkeit und führt next build aus. Nur die Standalone-Ausgabe, die statischen Bundles und public/ verlassen diese Stage.</translation>
    </message>
    <message>
        <source>Keeps next build from sending anonymous usage data from the build machine. NODE_ENV is left alone: next build sets production itself, and setting it before the install would drop the dev dependencies the build needs.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Verhindert, dass next build anonyme Nutzungsdaten vom Build-Rechner sendet. NODE_ENV bleibt unberührt: next build setzt selbst production, und es vor der Installation zu setzen, würde die Dev-Abhängigkeiten weglassen, die der Build braucht.</translation>
    </message>
    <message>
        <source>Runs the project&apos;s ${installHook} script, which the installs skipped, now that the sources it reads are here (prisma generate reads prisma/schema.prisma); then next build, in one step, as the build needs what the hook prepares.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Führt das Skript ${installHook} des Projekts aus, das die Installationen übersprungen haben, jetzt, da die gelesenen Quellen da sind (prisma generate liest prisma/schema.prisma); dann next build, in einem Schritt, weil der Build braucht, was der Hook vorbereitet.</translation>
    </message>
    <message>
        <source>Generates the Prisma client with the Prisma CLI the lockfile pins (npx prisma@latest could fetch an incompatible major), then runs next build against it. Migrations are not run here: a build has no database; run prisma migrate deploy as a separate deployment job.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Erzeugt den Prisma-Client mit der Prisma-CLI, die das Lockfile pinnt (npx prisma@latest könnte eine inkompatible Major-Version holen), und führt dann next build dagegen aus. Migrationen laufen hier nicht: Ein Build hat keine Datenbank; führen Sie prisma migrate deploy als eigenen Deployment-Job aus.</translation>
    </message>
    <message>
        <source>Runs next build. With output: &apos;standalone&apos; in next.config it writes .next/standalone: a minimal server.js plus only the node_modules files the server actually uses.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Führt next build aus. Mit output: &apos;standalone&apos; in next.config schreibt es .next/standalone: ein minimales server.js plus nur die node_modules-Dateien, die der Server tatsächlich nutzt.</translation>
    </message>
    <message>
        <source>Only without output: &apos;standalone&apos;. Leaves out next build&apos;s own cache, which speeds up the next build on a developer&apos;s machine and does nothing for a running server.</source>
        <comment>stages/nextbuild/explain</comment>
        <translation>Nur ohne output: &apos;standalone&apos;. Lässt den eigenen Cache von next build weg, der den nächsten Build auf einem Entwicklerrechner beschleunigt und für einen laufenden Server nichts tut.</translation>
    </message>
    <message>
        <source>.next/cache holds the bundler&apos;s and the image optimiser&apos;s caches from the build; removing it here, in a stage the image never ships, keeps the COPY of .next that follows small.</source>
        <comment>stages/nextbuild/instructions/0/explain</comment>
        <translation>.next/cache enthält die Caches des Bundlers und des Bildoptimierers aus dem Build; ihn hier zu entfernen, in einer Stage, die das Image nie ausliefert, hält das folgende COPY von .next klein.</translation>
    </message>
    <message>
        <source>The image that ships: Node.js and the standalone server with the files it traced, nothing else.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: Node.js und der Standalone-Server mit den Dateien, die er getract hat, sonst nichts.</translation>
    </message>
    <message>
        <source>Production mode for Next.js and its libraries, and no telemetry from the running server.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Produktionsmodus für Next.js und seine Bibliotheken und keine Telemetrie vom laufenden Server.</translation>
    </message>
    <message>
        <source>The standalone server lives in /app.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Der Standalone-Server liegt in /app.</translation>
    </message>
    <message>
        <source>Public assets (images, robots.txt). The standalone server serves ./public but does not copy it itself; read-only for the app user.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Öffentliche Assets (Bilder, robots.txt). Der Standalone-Server liefert ./public aus, kopiert es aber nicht selbst; für den App-Benutzer schreibgeschützt.</translation>
    </message>
    <message>
        <source>Public assets (images, robots.txt), which next start serves from ./public; read-only for the app user.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Öffentliche Assets (Bilder, robots.txt), die next start aus ./public ausliefert; für den App-Benutzer schreibgeschützt.</translation>
    </message>
    <message>
        <source>The standalone server: server.js and the traced node_modules it needs, nothing else from the dependency tree. Owned by the app user so Next.js can write its prerender and image cache under .next, with no separate chown layer.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Der Standalone-Server: server.js und die getracten node_modules, die er braucht, sonst nichts aus dem Abhängigkeitsbaum. Gehört dem App-Benutzer, damit Next.js seinen Prerender- und Bild-Cache unter .next schreiben kann, ohne eigenen chown-Layer.</translation>
    </message>
    <message>
        <source>The hashed JavaScript and CSS bundles, which the standalone build leaves out; server.js serves them from .next/static.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Die gehashten JavaScript- und CSS-Bundles, die der Standalone-Build weglässt; server.js liefert sie aus .next/static aus.</translation>
    </message>
    <message>
        <source>Without output: &apos;standalone&apos;, next start loads every production dependency from node_modules, usually the largest layer of this image. Adding output: &apos;standalone&apos; to next.config and generating again replaces it with the few files the server really imports (.next/standalone); `stagecraft estimate --option nextStandalone=true` shows what that saves.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Ohne output: &apos;standalone&apos; lädt next start jede Produktionsabhängigkeit aus node_modules, meist der größte Layer dieses Images. output: &apos;standalone&apos; in next.config einzutragen und neu zu generieren ersetzt ihn durch die wenigen Dateien, die der Server wirklich importiert (.next/standalone); `stagecraft estimate --option nextStandalone=true` zeigt, was das spart.</translation>
    </message>
    <message>
        <source>next.config.ts is compiled with the typescript package every time next start runs, and typescript is a dev dependency here: without it next start would try to install it at start-up. TypeScript has no dependencies of its own, so its folder from the build stage is enough.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation>next.config.ts wird bei jedem Start von next start mit dem Paket typescript kompiliert, und typescript ist hier eine Dev-Abhängigkeit: Ohne es würde next start versuchen, es beim Start zu installieren. TypeScript hat keine eigenen Abhängigkeiten, daher genügt sein Ordner aus der Build-Stage.</translation>
    </message>
    <message>
        <source>next start reads package.json and the project&apos;s next.config at start-up, as next build did.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation>next start liest beim Start package.json und die next.config des Projekts, wie next build es tat.</translation>
    </message>
    <message>
        <source>The compiled app next build wrote, without its build cache. Owned by the app user because Next.js writes its prerender and image cache under .next while it runs.</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation>Die kompilierte App, die next build geschrieben hat, ohne ihren Build-Cache. Gehört dem App-Benutzer, weil Next.js zur Laufzeit seinen Prerender- und Bild-Cache unter .next schreibt.</translation>
    </message>
    <message>
        <source>server.js listens on PORT and binds to HOSTNAME. Docker sets HOSTNAME to the container id, so it must be 0.0.0.0 or the server would not be reachable from outside the container.</source>
        <comment>stages/runtime/instructions/12/explain</comment>
        <translation>server.js lauscht auf PORT und bindet an HOSTNAME. Docker setzt HOSTNAME auf die Container-ID, daher muss es 0.0.0.0 sein, sonst wäre der Server von außerhalb des Containers nicht erreichbar.</translation>
    </message>
    <message>
        <source>Documents the port the server listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/13/explain</comment>
        <translation>Dokumentiert den Port, auf dem der Server lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Starts the server with Node.js directly in exec form (server.js of the standalone output, or next start without it), so it receives SIGTERM on docker stop. Node does not reap zombies as PID 1: run with docker run --init.</source>
        <comment>stages/runtime/instructions/15/explain</comment>
        <translation>Startet den Server direkt mit Node.js in Exec-Form (server.js der Standalone-Ausgabe, ohne sie next start), damit er bei docker stop das SIGTERM erhält. Node räumt als PID 1 keine Zombies ab: Starten Sie mit docker run --init.</translation>
    </message>
</context>
<context>
    <name>template/node</name>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>Node.js programs need the node runtime and its shared libraries, and scratch holds nothing at all.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>Node.js-Programme brauchen die node-Laufzeit und ihre Shared Libraries, und scratch enthält überhaupt nichts.</translation>
    </message>
    <message>
        <source>A Node.js server: production dependencies and the build output run on a small Node.js base.</source>
        <comment>description</comment>
        <translation>Ein Node.js-Server: Produktionsabhängigkeiten und Build-Ausgabe laufen auf einer kleinen Node.js-Basis.</translation>
    </message>
    <message>
        <source>Node.js</source>
        <comment>name</comment>
        <translation>Node.js</translation>
    </message>
    <message>
        <source>the package.json script that builds the app, or empty when there is no build step</source>
        <comment>options/buildScript/help</comment>
        <translation>das package.json-Skript, das die App baut, oder leer, wenn es keinen Build-Schritt gibt</translation>
    </message>
    <message>
        <source>Build script</source>
        <comment>options/buildScript/label</comment>
        <translation>Build-Skript</translation>
    </message>
    <message>
        <source>the folder the build writes, such as dist, build or .output; unused without a build step, when the runtime takes the sources as they are</source>
        <comment>options/outputDir/help</comment>
        <translation>der Ordner, den der Build schreibt, etwa dist, build oder .output; ohne Build-Schritt unbenutzt, wenn die Laufzeit die Quellen unverändert nimmt</translation>
    </message>
    <message>
        <source>Build output folder</source>
        <comment>options/outputDir/label</comment>
        <translation>Build-Ausgabeordner</translation>
    </message>
    <message>
        <source>the environment variable the app reads its listen address from (HOST for Astro), set to 0.0.0.0; empty when it listens on all interfaces already</source>
        <comment>options/hostEnv/help</comment>
        <translation>die Umgebungsvariable, aus der die App ihre Listen-Adresse liest (HOST bei Astro), auf 0.0.0.0 gesetzt; leer, wenn sie bereits auf allen Interfaces lauscht</translation>
    </message>
    <message>
        <source>Listen address variable</source>
        <comment>options/hostEnv/label</comment>
        <translation>Variable für die Listen-Adresse</translation>
    </message>
    <message>
        <source>true for Prisma 6 and older (prisma-client-js): the runtime takes the generated client from node_modules/.prisma and gets the OpenSSL its engine loads</source>
        <comment>options/prismaEngine/help</comment>
        <translation>true für Prisma 6 und älter (prisma-client-js): Die Laufzeit übernimmt den erzeugten Client aus node_modules/.prisma und bekommt das OpenSSL, das seine Engine lädt</translation>
    </message>
    <message>
        <source>Prisma 6 client</source>
        <comment>options/prismaEngine/label</comment>
        <translation>Prisma-6-Client</translation>
    </message>
    <message>
        <source>app: the runtime gets package.json, the production dependencies and the build output; output: the build output alone, for frameworks whose build carries its own dependencies (Nuxt&apos;s .output)</source>
        <comment>options/runtimeLayout/help</comment>
        <translation>app: Die Laufzeit bekommt package.json, die Produktionsabhängigkeiten und die Build-Ausgabe; output: nur die Build-Ausgabe, für Frameworks, deren Build seine Abhängigkeiten mitbringt (Nuxts .output)</translation>
    </message>
    <message>
        <source>Runtime layout</source>
        <comment>options/runtimeLayout/label</comment>
        <translation>Aufbau zur Laufzeit</translation>
    </message>
    <message>
        <source>the node user and group of the Node.js images</source>
        <comment>reservedIds/owner</comment>
        <translation>der Benutzer und die Gruppe node der Node.js-Images</translation>
    </message>
    <message>
        <source>The naive build: one image with the full Node.js toolchain, every dependency, the sources and the package cache.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: ein Image mit der vollen Node.js-Toolchain, jeder Abhängigkeit, den Quellen und dem Paket-Cache.</translation>
    </message>
    <message>
        <source>Runs the ${installHook} script now that the sources it needs are here.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Führt das Skript ${installHook} aus, jetzt, da die nötigen Quellen da sind.</translation>
    </message>
    <message>
        <source>Runs the ${installHook} script now that the sources it needs are here, then builds the application.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Führt das Skript ${installHook} aus, jetzt, da die nötigen Quellen da sind, und baut dann die Anwendung.</translation>
    </message>
    <message>
        <source>Generates the Prisma client with the project&apos;s own Prisma CLI.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Erzeugt den Prisma-Client mit der projekteigenen Prisma-CLI.</translation>
    </message>
    <message>
        <source>Generates the Prisma client with the project&apos;s own Prisma CLI, then builds the application.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Erzeugt den Prisma-Client mit der projekteigenen Prisma-CLI und baut dann die Anwendung.</translation>
    </message>
    <message>
        <source>Builds the application.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Baut die Anwendung.</translation>
    </message>
    <message>
        <source>Production mode for the running app, set after the install so dev dependencies were installed, and the port it should listen on.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Produktionsmodus für die laufende App, gesetzt nach der Installation, damit die Dev-Abhängigkeiten installiert wurden, und der Port, auf dem sie lauschen soll.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an.</translation>
    </message>
    <message>
        <source>Makes the app listen on every interface instead of the container&apos;s own localhost.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Lässt die App auf jedem Interface lauschen statt nur auf dem eigenen localhost des Containers.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>Starts the app in exec form.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation>Startet die App in Exec-Form.</translation>
    </message>
    <message>
        <source>Installs only the production dependencies, in a stage of their own so the final image can copy them without any build tools.</source>
        <comment>stages/deps/explain</comment>
        <translation>Installiert nur die Produktionsabhängigkeiten, in einer eigenen Stage, damit das finale Image sie ohne Build-Werkzeuge kopieren kann.</translation>
    </message>
    <message>
        <source>Builds the application with every dependency, dev tools included. Nothing from this stage reaches the final image except the build output (and a generated Prisma client). A project with nothing to build or generate has no such stage: its sources are the app.</source>
        <comment>stages/build/explain</comment>
        <translation>Baut die Anwendung mit jeder Abhängigkeit, auch den Dev-Tools. Aus dieser Stage erreicht nichts das finale Image außer der Build-Ausgabe (und einem erzeugten Prisma-Client). Ein Projekt ohne etwas zu bauen oder zu erzeugen hat keine solche Stage: Seine Quellen sind die App.</translation>
    </message>
    <message>
        <source>Runs the project&apos;s ${installHook} script, which the installs skipped, now that the sources it reads are here (prisma generate reads prisma/schema.prisma, nuxt prepare the Nuxt config).</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Führt das Skript ${installHook} des Projekts aus, das die Installationen übersprungen haben, jetzt, da die gelesenen Quellen da sind (prisma generate liest prisma/schema.prisma, nuxt prepare die Nuxt-Konfiguration).</translation>
    </message>
    <message>
        <source>Runs the project&apos;s ${installHook} script, which the installs skipped, now that the sources it reads are here (prisma generate reads prisma/schema.prisma, nuxt prepare the Nuxt config). Then the build script writes the build output; one step, as the build needs what the hook prepares.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Führt das Skript ${installHook} des Projekts aus, das die Installationen übersprungen haben, jetzt, da die gelesenen Quellen da sind (prisma generate liest prisma/schema.prisma, nuxt prepare die Nuxt-Konfiguration). Dann schreibt das Build-Skript die Build-Ausgabe; ein Schritt, weil der Build braucht, was der Hook vorbereitet.</translation>
    </message>
    <message>
        <source>Generates the Prisma client from prisma/schema.prisma with the Prisma CLI the lockfile pins; npx prisma@latest could fetch an incompatible major version. Migrations are not run here: a build has no database, and schema changes belong to deployment, as a separate prisma migrate deploy job before the new image starts.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Erzeugt den Prisma-Client aus prisma/schema.prisma mit der Prisma-CLI, die das Lockfile pinnt; npx prisma@latest könnte eine inkompatible Major-Version holen. Migrationen laufen hier nicht: Ein Build hat keine Datenbank, und Schemaänderungen gehören zum Deployment, als eigener Job prisma migrate deploy, bevor das neue Image startet.</translation>
    </message>
    <message>
        <source>Generates the Prisma client from prisma/schema.prisma with the Prisma CLI the lockfile pins; npx prisma@latest could fetch an incompatible major version. Migrations are not run here: a build has no database, and schema changes belong to deployment, as a separate prisma migrate deploy job before the new image starts. The build script then compiles against the generated client.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Erzeugt den Prisma-Client aus prisma/schema.prisma mit der Prisma-CLI, die das Lockfile pinnt; npx prisma@latest könnte eine inkompatible Major-Version holen. Migrationen laufen hier nicht: Ein Build hat keine Datenbank, und Schemaänderungen gehören zum Deployment, als eigener Job prisma migrate deploy, bevor das neue Image startet. Das Build-Skript kompiliert dann gegen den erzeugten Client.</translation>
    </message>
    <message>
        <source>Runs the package&apos;s build script (TypeScript, bundler), which writes the build output.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation>Führt das Build-Skript des Pakets aus (TypeScript, Bundler), das die Build-Ausgabe schreibt.</translation>
    </message>
    <message>
        <source>The image that ships: the Node.js runtime, production dependencies and the build output, nothing else.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: die Node.js-Laufzeit, Produktionsabhängigkeiten und die Build-Ausgabe, sonst nichts.</translation>
    </message>
    <message>
        <source>NODE_ENV tells Node.js libraries to run in production mode; it is set only in this stage, because in a build stage it would make the install skip dev dependencies. PORT is the port the app should listen on, by the convention most Node.js servers follow.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>NODE_ENV lässt Node.js-Bibliotheken im Produktionsmodus laufen; es wird nur in dieser Stage gesetzt, weil es in einer Build-Stage die Installation die Dev-Abhängigkeiten überspringen ließe. PORT ist der Port, auf dem die App lauschen soll, nach der Konvention, der die meisten Node.js-Server folgen.</translation>
    </message>
    <message>
        <source>The Prisma 6 query engine is a native library that loads OpenSSL at run time, and the Alpine Node.js image has none. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package in a release, so a pinned version breaks the build at the next security fix; the pinned alpine release is what fixes the set.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Die Query-Engine von Prisma 6 ist eine native Bibliothek, die zur Laufzeit OpenSSL lädt, und das Alpine-Node.js-Image hat keins. Die Versionen sind nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets eines Releases, eine gepinnte Version bricht den Build also beim nächsten Sicherheitsfix; das gepinnte Alpine-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>The Prisma 6 query engine is a native library that loads OpenSSL at run time, and the Alpine Node.js image has none; the extra runtime packages come in the same step. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package in a release, so a pinned version breaks the build at the next security fix; the pinned alpine release is what fixes the set.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Die Query-Engine von Prisma 6 ist eine native Bibliothek, die zur Laufzeit OpenSSL lädt, und das Alpine-Node.js-Image hat keins; die zusätzlichen Laufzeitpakete kommen im selben Schritt. Die Versionen sind nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets eines Releases, eine gepinnte Version bricht den Build also beim nächsten Sicherheitsfix; das gepinnte Alpine-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>Installs the system libraries the app needs at run time, and nothing else. --no-cache leaves no package index in the layer. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package in a release, so a pinned version breaks the build at the next security fix; the pinned alpine release is what fixes the set.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Installiert die Systembibliotheken, die die App zur Laufzeit braucht, und sonst nichts. --no-cache lässt keinen Paketindex im Layer. Die Versionen sind nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets eines Releases, eine gepinnte Version bricht den Build also beim nächsten Sicherheitsfix; das gepinnte Alpine-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>The Prisma 6 query engine loads OpenSSL at run time, and the slim Node.js image has none. The package lists are removed in the same layer. Versions are not pinned (hadolint DL3008): Debian replaces a stable package only with security fixes, and an exact version disappears from the mirrors when that happens; the pinned Debian release fixes the set.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Die Query-Engine von Prisma 6 lädt zur Laufzeit OpenSSL, und das slim-Node.js-Image hat keins. Die Paketlisten werden im selben Layer entfernt. Die Versionen sind nicht gepinnt (hadolint DL3008): Debian ersetzt ein stabiles Paket nur durch Sicherheitskorrekturen, und eine exakte Version verschwindet dann von den Mirrors; das gepinnte Debian-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>The Prisma 6 query engine loads OpenSSL at run time, and the slim Node.js image has none; the extra runtime packages come in the same step. The package lists are removed in the same layer. Versions are not pinned (hadolint DL3008): Debian replaces a stable package only with security fixes, and an exact version disappears from the mirrors when that happens; the pinned Debian release fixes the set.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Die Query-Engine von Prisma 6 lädt zur Laufzeit OpenSSL, und das slim-Node.js-Image hat keins; die zusätzlichen Laufzeitpakete kommen im selben Schritt. Die Paketlisten werden im selben Layer entfernt. Die Versionen sind nicht gepinnt (hadolint DL3008): Debian ersetzt ein stabiles Paket nur durch Sicherheitskorrekturen, und eine exakte Version verschwindet dann von den Mirrors; das gepinnte Debian-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>Installs the system libraries the app needs at run time, without recommended extras, and removes the package lists in the same layer. Versions are not pinned (hadolint DL3008): Debian replaces a stable package only with security fixes, and an exact version disappears from the mirrors when that happens; the pinned Debian release fixes the set.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Installiert die Systembibliotheken, die die App zur Laufzeit braucht, ohne empfohlene Extras, und entfernt die Paketlisten im selben Layer. Die Versionen sind nicht gepinnt (hadolint DL3008): Debian ersetzt ein stabiles Paket nur durch Sicherheitskorrekturen, und eine exakte Version verschwindet dann von den Mirrors; das gepinnte Debian-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Die Anwendung liegt in /app.</translation>
    </message>
    <message>
        <source>Takes only the production dependencies from the deps stage; dev dependencies and the package manager&apos;s cache stay behind.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation>Übernimmt nur die Produktionsabhängigkeiten aus der Stage deps; Dev-Abhängigkeiten und der Cache des Paketmanagers bleiben zurück.</translation>
    </message>
    <message>
        <source>Takes the Prisma client the build stage generated (Prisma 6 writes it, with its query engine for this libc, into node_modules/.prisma); the production install never ran prisma generate.</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation>Übernimmt den Prisma-Client, den die Build-Stage erzeugt hat (Prisma 6 schreibt ihn mit seiner Query-Engine für diese libc nach node_modules/.prisma); die Produktionsinstallation hat prisma generate nie ausgeführt.</translation>
    </message>
    <message>
        <source>Without a build step the sources are the app: they come straight from the build context (.dockerignore keeps node_modules, .git and secrets out), and the dependencies from the deps stage stay in place.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation>Ohne Build-Schritt sind die Quellen die App: Sie kommen direkt aus dem Build-Kontext (.dockerignore hält node_modules, .git und Secrets heraus), und die Abhängigkeiten aus der Stage deps bleiben an ihrem Platz.</translation>
    </message>
    <message>
        <source>Takes package.json: Node.js reads its &quot;type&quot; field to decide between ES modules and CommonJS.</source>
        <comment>stages/runtime/instructions/12/explain</comment>
        <translation>Übernimmt package.json: Node.js liest dessen Feld &quot;type&quot;, um zwischen ES-Modulen und CommonJS zu entscheiden.</translation>
    </message>
    <message>
        <source>Takes the build output from the build stage, owned by the app user without a separate chown layer.</source>
        <comment>stages/runtime/instructions/13/explain</comment>
        <translation>Übernimmt die Build-Ausgabe aus der Build-Stage, im Besitz des App-Benutzers, ohne eigenen chown-Layer.</translation>
    </message>
    <message>
        <source>Takes the build output alone: the framework&apos;s build bundled the server and copied the few packages it still imports into the output (Nuxt: .output/server/node_modules), so neither package.json nor the project&apos;s node_modules is needed, and the image skips every dependency the build only used.</source>
        <comment>stages/runtime/instructions/14/explain</comment>
        <translation>Übernimmt nur die Build-Ausgabe: Der Build des Frameworks hat den Server gebündelt und die wenigen Pakete, die er noch importiert, in die Ausgabe kopiert (Nuxt: .output/server/node_modules), daher werden weder package.json noch die node_modules des Projekts gebraucht, und das Image lässt jede Abhängigkeit weg, die nur der Build benutzt hat.</translation>
    </message>
    <message>
        <source>The app listens on localhost unless ${hostEnv} says otherwise, and localhost inside a container is unreachable from outside it: 0.0.0.0 listens on every interface.</source>
        <comment>stages/runtime/instructions/16/explain</comment>
        <translation>Die App lauscht auf localhost, solange ${hostEnv} nichts anderes sagt, und localhost in einem Container ist von außen nicht erreichbar: 0.0.0.0 lauscht auf jedem Interface.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/17/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Starts Node.js directly in exec form so it receives SIGTERM on docker stop (npm start would swallow it). Node does not reap zombies as PID 1: run with docker run --init.</source>
        <comment>stages/runtime/instructions/19/explain</comment>
        <translation>Startet Node.js direkt in Exec-Form, damit es bei docker stop das SIGTERM erhält (npm start würde es verschlucken). Node räumt als PID 1 keine Zombies ab: Starten Sie mit docker run --init.</translation>
    </message>
    <message>
        <source>distroless has no package manager, so the runtime packages cannot be installed: choose the slim base (apt names) or alpine (apk names), or clear runtimePackages</source>
        <comment>bases/2/unavailableOptions/runtimePackages</comment>
        <translation>distroless hat keinen Paketmanager, daher lassen sich die Laufzeitpakete nicht installieren: Wählen Sie die slim-Basis (apt-Namen) oder alpine (apk-Namen), oder leeren Sie runtimePackages</translation>
    </message>
</context>
<context>
    <name>template/parts/bun-runtime</name>
    <message>
        <source>NODE_ENV tells libraries to run in production mode; it is set only here, because in an install stage it would skip dev dependencies. Bun.serve listens on PORT when the code names no port, and most servers read it too.</source>
        <comment>environment/explain</comment>
        <translation>NODE_ENV lässt Bibliotheken im Produktionsmodus laufen; es wird nur hier gesetzt, weil es in einer Install-Stage die Dev-Abhängigkeiten überspringen würde. Bun.serve lauscht auf PORT, wenn der Code keinen Port nennt, und die meisten Server lesen ihn ebenfalls.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>expose/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Installs the system libraries the app needs at run time, and nothing else; --no-cache leaves no package index in the layer. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package in a release, so a pinned version breaks the build at the next security fix.</source>
        <comment>runtimePackages/0/explain</comment>
        <translation>Installiert die Systembibliotheken, die die App zur Laufzeit braucht, und sonst nichts; --no-cache lässt keinen Paketindex im Layer. Die Versionen sind nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets eines Releases, eine gepinnte Version bricht den Build also beim nächsten Sicherheitsfix.</translation>
    </message>
    <message>
        <source>Installs the system libraries the app needs at run time, without recommended extras, and removes the package lists in the same layer. Versions are not pinned (hadolint DL3008): Debian replaces a stable package only with security fixes, and an exact version then leaves the mirrors.</source>
        <comment>runtimePackages/1/explain</comment>
        <translation>Installiert die Systembibliotheken, die die App zur Laufzeit braucht, ohne empfohlene Extras, und entfernt die Paketlisten im selben Layer. Die Versionen sind nicht gepinnt (hadolint DL3008): Debian ersetzt ein stabiles Paket nur durch Sicherheitskorrekturen, und eine exakte Version verschwindet dann von den Mirrors.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>switchUser/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus. Numerische IDs brauchen keinen passwd-Lookup und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group). The image&apos;s own bun user (1000) would do too; a separate id keeps the app&apos;s files apart from anything else that runs as 1000.</source>
        <comment>user/0/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt). Der eigene Benutzer bun des Images (1000) ginge auch; eine eigene ID hält die Dateien der App getrennt von allem anderen, was als 1000 läuft.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>user/1/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
</context>
<context>
    <name>template/parts/deno-detect</name>
    <message>
        <source>{file} (Deno)</source>
        <comment>values/0/finding</comment>
        <translation>{file} (Deno)</translation>
    </message>
    <message>
        <source>Deno {value} (.dvmrc, a version manager&apos;s file)</source>
        <comment>values/1/finding</comment>
        <translation>Deno {value} (.dvmrc, Datei eines Versionsmanagers)</translation>
    </message>
    <message>
        <source>Deno {value} (.deno-version, a version manager&apos;s file)</source>
        <comment>values/2/finding</comment>
        <translation>Deno {value} (.deno-version, Datei eines Versionsmanagers)</translation>
    </message>
    <message>
        <source>lockfile deno.lock</source>
        <comment>values/3/finding</comment>
        <translation>Lockfile deno.lock</translation>
    </message>
    <message>
        <source>deno.lock records the dependency versions</source>
        <comment>values/4/finding</comment>
        <translation>deno.lock hält die Versionen der Abhängigkeiten fest</translation>
    </message>
    <message>
        <source>no deno.lock: the install takes the newest versions the configuration allows</source>
        <comment>values/5/finding</comment>
        <translation>keine deno.lock: Die Installation nimmt die neuesten Versionen, die die Konfiguration erlaubt</translation>
    </message>
    <message>
        <source>configuration deno.json</source>
        <comment>values/8/finding</comment>
        <translation>Konfiguration deno.json</translation>
    </message>
    <message>
        <source>configuration deno.jsonc</source>
        <comment>values/9/finding</comment>
        <translation>Konfiguration deno.jsonc</translation>
    </message>
    <message>
        <source>package.json: its dependencies are installed too</source>
        <comment>values/10/finding</comment>
        <translation>package.json: Auch ihre Abhängigkeiten werden installiert</translation>
    </message>
    <message>
        <source>package {value}</source>
        <comment>values/12/finding</comment>
        <translation>Paket {value}</translation>
    </message>
    <message>
        <source>task start: {value}</source>
        <comment>values/13/finding</comment>
        <translation>Task start: {value}</translation>
    </message>
    <message>
        <source>task start: {value}</source>
        <comment>values/14/finding</comment>
        <translation>Task start: {value}</translation>
    </message>
    <message>
        <source>{file} exports a fetch handler for deno serve (deno init --serve runs it with -R)</source>
        <comment>values/15/finding</comment>
        <translation>{file} exportiert einen Fetch-Handler für deno serve (deno init --serve startet die Datei mit -R)</translation>
    </message>
    <message>
        <source>{file} exports a fetch handler for deno serve (deno init --serve runs it with -R)</source>
        <comment>values/16/finding</comment>
        <translation>{file} exportiert einen Fetch-Handler für deno serve (deno init --serve startet die Datei mit -R)</translation>
    </message>
    <message>
        <source>{file} exports a fetch handler for deno serve (deno init --serve runs it with -R)</source>
        <comment>values/17/finding</comment>
        <translation>{file} exportiert einen Fetch-Handler für deno serve (deno init --serve startet die Datei mit -R)</translation>
    </message>
    <message>
        <source>entry module {file}</source>
        <comment>values/19/finding</comment>
        <translation>Einstiegsmodul {file}</translation>
    </message>
    <message>
        <source>entry module {file}</source>
        <comment>values/20/finding</comment>
        <translation>Einstiegsmodul {file}</translation>
    </message>
    <message>
        <source>entry module {file}</source>
        <comment>values/21/finding</comment>
        <translation>Einstiegsmodul {file}</translation>
    </message>
    <message>
        <source>entry module {file}</source>
        <comment>values/22/finding</comment>
        <translation>Einstiegsmodul {file}</translation>
    </message>
    <message>
        <source>the start task passes --port {value}</source>
        <comment>values/24/finding</comment>
        <translation>der Task start übergibt --port {value}</translation>
    </message>
    <message>
        <source>Deno.serve({ port: {value} })</source>
        <comment>values/25/finding</comment>
        <translation>Deno.serve({ port: {value} })</translation>
    </message>
    <message>
        <source>Deno.serve and deno serve listen on 8000 unless told otherwise</source>
        <comment>values/26/finding</comment>
        <translation>Deno.serve und deno serve lauschen auf 8000, sofern nichts anderes angegeben ist</translation>
    </message>
</context>
<context>
    <name>template/parts/dotnet-detect</name>
    <message>
        <source>{file} (.NET project)</source>
        <comment>identify/0/finding</comment>
        <translation>{file} (.NET-Projekt)</translation>
    </message>
    <message>
        <source>{file}: dotnet restore</source>
        <comment>values/0/finding</comment>
        <translation>{file}: dotnet restore</translation>
    </message>
    <message>
        <source>&lt;TargetFramework&gt;{value}</source>
        <comment>values/1/finding</comment>
        <translation>&lt;TargetFramework&gt;{value}</translation>
    </message>
    <message>
        <source>&lt;TargetFrameworks&gt;{value} (the newest is published)</source>
        <comment>values/2/finding</comment>
        <translation>&lt;TargetFrameworks&gt;{value} (veröffentlicht wird das neueste)</translation>
    </message>
    <message>
        <source>project file {file} at the root</source>
        <comment>values/3/finding</comment>
        <translation>Projektdatei {file} im Wurzelordner</translation>
    </message>
    <message>
        <source>project file src/{file}</source>
        <comment>values/4/finding</comment>
        <translation>Projektdatei src/{file}</translation>
    </message>
    <message>
        <source>&lt;AssemblyName&gt;{value}: the app host&apos;s name</source>
        <comment>values/6/finding</comment>
        <translation>&lt;AssemblyName&gt;{value}: Name des App-Hosts</translation>
    </message>
    <message>
        <source>the app host is named after {file}</source>
        <comment>values/7/finding</comment>
        <translation>der App-Host ist nach {file} benannt</translation>
    </message>
    <message>
        <source>Sdk=&quot;{value}&quot;: the aspnet runtime</source>
        <comment>values/8/finding</comment>
        <translation>Sdk=&quot;{value}&quot;: die aspnet-Runtime</translation>
    </message>
    <message>
        <source>ASP.NET Core in the .NET images listens on ASPNETCORE_HTTP_PORTS, 8080</source>
        <comment>values/9/finding</comment>
        <translation>ASP.NET Core lauscht in den .NET-Images auf ASPNETCORE_HTTP_PORTS, 8080</translation>
    </message>
    <message>
        <source>dotnet publish -o /app</source>
        <comment>values/10/finding</comment>
        <translation>dotnet publish -o /app</translation>
    </message>
</context>
<context>
    <name>template/parts/java-build</name>
    <message>
        <source>The Maven wrapper script, executable whatever mode the checkout gave it.</source>
        <comment>buildFiles/0/explain</comment>
        <translation>Das Maven-Wrapper-Skript, ausführbar, egal welchen Modus der Checkout ihm gegeben hat.</translation>
    </message>
    <message>
        <source>The wrapper&apos;s settings (.mvn/wrapper/maven-wrapper.properties names the Maven version) and any .mvn/jvm.config or extensions.</source>
        <comment>buildFiles/1/explain</comment>
        <translation>Die Einstellungen des Wrappers (.mvn/wrapper/maven-wrapper.properties nennt die Maven-Version) und eine etwaige .mvn/jvm.config oder extensions.</translation>
    </message>
    <message>
        <source>Only the build file first, so the dependency step below reruns when pom.xml changes, not on every code change.</source>
        <comment>buildFiles/2/explain</comment>
        <translation>Zuerst nur die Build-Datei, damit der Abhängigkeitsschritt darunter neu läuft, wenn sich pom.xml ändert, nicht bei jeder Codeänderung.</translation>
    </message>
    <message>
        <source>The Gradle wrapper script, executable whatever mode the checkout gave it.</source>
        <comment>buildFiles/3/explain</comment>
        <translation>Das Gradle-Wrapper-Skript, ausführbar, egal welchen Modus der Checkout ihm gegeben hat.</translation>
    </message>
    <message>
        <source>The wrapper (gradle/wrapper names the Gradle version) and, when the project has one, its version catalog gradle/libs.versions.toml.</source>
        <comment>buildFiles/4/explain</comment>
        <translation>Der Wrapper (gradle/wrapper nennt die Gradle-Version) und, falls das Projekt einen hat, sein Versionskatalog gradle/libs.versions.toml.</translation>
    </message>
    <message>
        <source>Only the build scripts first (Groovy or Kotlin; a pattern may match nothing), so the dependency step below reruns when they change, not on every code change.</source>
        <comment>buildFiles/5/explain</comment>
        <translation>Zuerst nur die Build-Skripte (Groovy oder Kotlin; ein Muster passt womöglich auf nichts), damit der Abhängigkeitsschritt darunter neu läuft, wenn sie sich ändern, nicht bei jeder Codeänderung.</translation>
    </message>
</context>
<context>
    <name>template/parts/java-detect</name>
    <message>
        <source>pom.xml (Maven)</source>
        <comment>identify/0/finding</comment>
        <translation>pom.xml (Maven)</translation>
    </message>
    <message>
        <source>{file} (Gradle)</source>
        <comment>identify/1/finding</comment>
        <translation>{file} (Gradle)</translation>
    </message>
    <message>
        <source>pom.xml: Maven</source>
        <comment>values/0/finding</comment>
        <translation>pom.xml: Maven</translation>
    </message>
    <message>
        <source>{file}: Gradle</source>
        <comment>values/1/finding</comment>
        <translation>{file}: Gradle</translation>
    </message>
    <message>
        <source>&lt;java.version&gt;{value}</source>
        <comment>values/2/finding</comment>
        <translation>&lt;java.version&gt;{value}</translation>
    </message>
    <message>
        <source>&lt;maven.compiler.release&gt;{value}</source>
        <comment>values/3/finding</comment>
        <translation>&lt;maven.compiler.release&gt;{value}</translation>
    </message>
    <message>
        <source>&lt;maven.compiler.source&gt;{value}</source>
        <comment>values/4/finding</comment>
        <translation>&lt;maven.compiler.source&gt;{value}</translation>
    </message>
    <message>
        <source>toolchain languageVersion {value}</source>
        <comment>values/5/finding</comment>
        <translation>toolchain languageVersion {value}</translation>
    </message>
    <message>
        <source>sourceCompatibility {value}</source>
        <comment>values/6/finding</comment>
        <translation>sourceCompatibility {value}</translation>
    </message>
    <message>
        <source>Maven wrapper mvnw</source>
        <comment>values/7/finding</comment>
        <translation>Maven-Wrapper mvnw</translation>
    </message>
    <message>
        <source>no mvnw: the build image&apos;s Maven builds</source>
        <comment>values/8/finding</comment>
        <translation>kein mvnw: Es baut das Maven des Build-Images</translation>
    </message>
    <message>
        <source>Gradle wrapper gradlew</source>
        <comment>values/9/finding</comment>
        <translation>Gradle-Wrapper gradlew</translation>
    </message>
    <message>
        <source>no gradlew: the build image&apos;s Gradle builds</source>
        <comment>values/10/finding</comment>
        <translation>kein gradlew: Es baut das Gradle des Build-Images</translation>
    </message>
    <message>
        <source>Spring Boot ({value})</source>
        <comment>values/11/finding</comment>
        <translation>Spring Boot ({value})</translation>
    </message>
    <message>
        <source>Spring Boot plugin {value}</source>
        <comment>values/12/finding</comment>
        <translation>Spring-Boot-Plugin {value}</translation>
    </message>
    <message>
        <source>{file} names no Spring Boot plugin or parent</source>
        <comment>values/13/finding</comment>
        <translation>{file} nennt weder Spring-Boot-Plugin noch -Parent</translation>
    </message>
    <message>
        <source>a Java project without Spring Boot: the java template ships a Spring Boot jar, and a plain jar holds neither a Main-Class nor its dependencies, so the image would not start; for a jar that runs on its own with java -jar, generate with --option springBoot=false, and make the build leave exactly one jar</source>
        <comment>values/13/value</comment>
        <translation>ein Java-Projekt ohne Spring Boot: Die java-Vorlage liefert ein Spring-Boot-Jar, und ein einfaches Jar enthält weder eine Main-Class noch seine Abhängigkeiten, also würde das Image nicht starten; für ein Jar, das eigenständig mit java -jar läuft, mit --option springBoot=false generieren und dafür sorgen, dass der Build genau ein Jar hinterlässt</translation>
    </message>
    <message>
        <source>the build&apos;s one jar runs as app.jar (the template copies it there)</source>
        <comment>values/14/finding</comment>
        <translation>das eine Jar des Builds läuft als app.jar (die Vorlage kopiert es dorthin)</translation>
    </message>
    <message>
        <source>server.port={value}</source>
        <comment>values/15/finding</comment>
        <translation>server.port={value}</translation>
    </message>
    <message>
        <source>server.port: {value}</source>
        <comment>values/16/finding</comment>
        <translation>server.port: {value}</translation>
    </message>
    <message>
        <source>Spring Boot web starter: server.port defaults to 8080</source>
        <comment>values/17/finding</comment>
        <translation>Spring-Boot-Web-Starter: server.port ist standardmäßig 8080</translation>
    </message>
    <message>
        <source>Spring Boot web starter: server.port defaults to 8080</source>
        <comment>values/18/finding</comment>
        <translation>Spring-Boot-Web-Starter: server.port ist standardmäßig 8080</translation>
    </message>
    <message>
        <source>artifactId {value}</source>
        <comment>values/19/finding</comment>
        <translation>artifactId {value}</translation>
    </message>
    <message>
        <source>rootProject.name {value}</source>
        <comment>values/20/finding</comment>
        <translation>rootProject.name {value}</translation>
    </message>
    <message>
        <source>Maven writes target/*.jar</source>
        <comment>values/21/finding</comment>
        <translation>Maven schreibt target/*.jar</translation>
    </message>
    <message>
        <source>Gradle writes build/libs/*.jar</source>
        <comment>values/22/finding</comment>
        <translation>Gradle schreibt build/libs/*.jar</translation>
    </message>
</context>
<context>
    <name>template/parts/java-runtime</name>
    <message>
        <source>The application lives in /app; WORKDIR creates it, owned by root, so the app cannot rewrite its own code.</source>
        <comment>application/0/explain</comment>
        <translation>Die Anwendung liegt in /app; WORKDIR legt es an, im Besitz von root, sodass die App ihren eigenen Code nicht überschreiben kann.</translation>
    </message>
    <message>
        <source>The released libraries from the Spring Boot jar&apos;s dependencies layer: the biggest layer, and the one that changes least, so it comes first and a code change leaves it cached.</source>
        <comment>application/1/explain</comment>
        <translation>Die Release-Bibliotheken aus dem dependencies-Layer des Spring-Boot-Jars: der größte Layer und der, der sich am seltensten ändert, daher kommt er zuerst, und eine Codeänderung lässt ihn im Cache.</translation>
    </message>
    <message>
        <source>The spring-boot-loader layer. Extracted without --launcher it is empty, but the folder always exists; copying it keeps the four-layer order of the Spring Boot reference.</source>
        <comment>application/2/explain</comment>
        <translation>Der spring-boot-loader-Layer. Ohne --launcher entpackt ist er leer, aber der Ordner existiert immer; ihn zu kopieren, hält die Reihenfolge der vier Layer aus der Spring-Boot-Referenz ein.</translation>
    </message>
    <message>
        <source>SNAPSHOT libraries, which change more often than released ones, in a layer of their own.</source>
        <comment>application/3/explain</comment>
        <translation>SNAPSHOT-Bibliotheken, die sich öfter ändern als Release-Versionen, in einem eigenen Layer.</translation>
    </message>
    <message>
        <source>The application&apos;s own classes and resources as app.jar, whose manifest puts lib/ on the class path: usually the only layer a code change rebuilds.</source>
        <comment>application/4/explain</comment>
        <translation>Die eigenen Klassen und Ressourcen der Anwendung als app.jar, dessen Manifest lib/ in den Klassenpfad aufnimmt: meist der einzige Layer, den eine Codeänderung neu baut.</translation>
    </message>
    <message>
        <source>The executable jar the build wrote (its manifest names the main class, and its dependencies are inside it).</source>
        <comment>application/5/explain</comment>
        <translation>Das ausführbare Jar, das der Build geschrieben hat (sein Manifest nennt die Main-Klasse, und seine Abhängigkeiten stecken darin).</translation>
    </message>
    <message>
        <source>The JVM sizes its heap from the container&apos;s memory limit, but by default takes only a quarter of it; 75 % leaves room for metaspace, threads and buffers. JDK_JAVA_OPTIONS is read by the java launcher only, so no other tool prints a &apos;Picked up&apos; line.</source>
        <comment>application/6/explain</comment>
        <translation>Die JVM bemisst ihren Heap nach dem Speicherlimit des Containers, nimmt standardmäßig aber nur ein Viertel davon; 75 % lassen Platz für Metaspace, Threads und Puffer. JDK_JAVA_OPTIONS liest nur der java-Launcher, daher gibt kein anderes Tool eine &apos;Picked up&apos;-Zeile aus.</translation>
    </message>
    <message>
        <source>Spring Boot reads server.port from this variable, so the app listens on the port EXPOSE names (it binds all interfaces unless server.address says otherwise).</source>
        <comment>application/7/explain</comment>
        <translation>Spring Boot liest server.port aus dieser Variable, sodass die App auf dem Port lauscht, den EXPOSE nennt (sie bindet an alle Interfaces, sofern server.address nichts anderes sagt).</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>start/0/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus. Numerische IDs brauchen keinen passwd-Lookup und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it keeps the intent visible.</source>
        <comment>start/1/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von Distroless (65532), den der Tag :nonroot bereits wählt; ihn anzugeben, macht die Absicht sichtbar.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>start/2/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering, using BusyBox&apos;s wget in exec form. The start period is longer than for native binaries: a JVM service takes seconds to start.</source>
        <comment>start/3/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet, mit BusyBox-wget in Exec-Form. Die Startphase ist länger als bei nativen Binaries: Ein JVM-Dienst braucht Sekunden zum Starten.</translation>
    </message>
    <message>
        <source>Starts the JVM directly in exec form, so it is PID 1 and receives SIGTERM on docker stop (Spring Boot then shuts down gracefully). It replaces the base image&apos;s entrypoint script and, on distroless, its &apos;java -jar&apos;.</source>
        <comment>start/4/explain</comment>
        <translation>Startet die JVM direkt in Exec-Form, sodass sie PID 1 ist und bei docker stop das SIGTERM erhält (Spring Boot fährt dann geordnet herunter). Es ersetzt das Entrypoint-Skript des Basis-Images und auf Distroless dessen &apos;java -jar&apos;.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids; the Temurin images have no user of their own for the app (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>user/0/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an; die Temurin-Images haben keinen eigenen Benutzer für die App (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt).</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; the Temurin images run as root and have no user for the app. --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>user/1/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; die Temurin-Images laufen als root und haben keinen Benutzer für die App. --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
</context>
<context>
    <name>template/parts/node-bases</name>
    <message>
        <source>Smallest Node.js image; musl libc, so native addons must be built for musl (Node.js calls its musl builds experimental).</source>
        <comment>alpine/description</comment>
        <translation>Das kleinste Node.js-Image; musl-libc, daher müssen native Addons für musl gebaut sein (Node.js nennt seine musl-Builds experimentell).</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>Debian with only what Node.js needs: glibc compatibility, a shell for debugging.</source>
        <comment>slim/description</comment>
        <translation>Debian mit nur dem, was Node.js braucht: glibc-Kompatibilität, eine Shell zur Fehlersuche.</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>slim/name</comment>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>Only Node.js and its libraries: no shell or package manager to attack, nothing to debug with. Always runs as its nonroot user.</source>
        <comment>distroless/description</comment>
        <translation>Nur Node.js und seine Bibliotheken: keine Shell und kein Paketmanager zum Angreifen, nichts zur Fehlersuche. Läuft immer als sein nonroot-Benutzer.</translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>distroless/name</comment>
        <translation>Distroless</translation>
    </message>
</context>
<context>
    <name>template/parts/node-install</name>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ to build a native addon that ships no prebuilt binary for musl. Both dependency stages start from here, so each addon is compiled against the same libc as the runtime; the compilers never reach the final image. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package, so a pinned version breaks at its next fix; the pinned alpine release fixes the set.</source>
        <comment>buildPackages/0/explain</comment>
        <translation>Installiert, womit die Installation der Abhängigkeiten kompiliert: node-gyp braucht python3, make und g++, um ein natives Addon zu bauen, das kein vorgebautes Binary für musl mitbringt. Beide Abhängigkeits-Stages beginnen hier, daher wird jedes Addon gegen dieselbe libc kompiliert wie zur Laufzeit; die Compiler erreichen das finale Image nie. Die Versionen sind nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets, eine gepinnte Version bricht also beim nächsten Fix; das gepinnte Alpine-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ to build a native addon that ships no prebuilt binary. The builder is Debian, like the runtime, so each addon is linked against the same glibc; the compilers never reach the final image. Versions are not pinned (hadolint DL3008): Debian replaces stable packages only with security fixes and the old version then leaves the mirrors; the pinned Debian release fixes the set.</source>
        <comment>buildPackages/1/explain</comment>
        <translation>Installiert, womit die Installation der Abhängigkeiten kompiliert: node-gyp braucht python3, make und g++, um ein natives Addon zu bauen, das kein vorgebautes Binary mitbringt. Der Builder ist wie die Laufzeit Debian, daher wird jedes Addon gegen dieselbe glibc gelinkt; die Compiler erreichen das finale Image nie. Die Versionen sind nicht gepinnt (hadolint DL3008): Debian ersetzt stabile Pakete nur durch Sicherheitskorrekturen, und die alte Version verschwindet dann von den Mirrors; das gepinnte Debian-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>Replaces distroless&apos;s own entrypoint with the full command in exec form; there is no shell to run anything else.</source>
        <comment>distrolessEntrypoint/explain</comment>
        <translation>Ersetzt den Entrypoint von Distroless durch den vollständigen Befehl in Exec-Form; es gibt keine Shell, um etwas anderes auszuführen.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering. It uses Node&apos;s own fetch, so no curl or shell is needed.</source>
        <comment>healthcheck/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet. Es nutzt Nodes eigenes fetch, daher sind weder curl noch eine Shell nötig.</translation>
    </message>
    <message>
        <source>package.json is copied rather than bind-mounted here, because the next step edits it: its ${installHook} script needs the project&apos;s sources, which are not in this stage yet.</source>
        <comment>installAll/0/explain</comment>
        <translation>package.json wird hier kopiert statt per Bind-Mount eingebunden, weil der nächste Schritt es bearbeitet: Sein Skript ${installHook} braucht die Quellen des Projekts, die noch nicht in dieser Stage sind.</translation>
    </message>
    <message>
        <source>Removes the project&apos;s own ${installHook} script from this copy of package.json, so the install below still runs the install scripts of the dependencies (native addons compile there) without failing on a hook that needs files not copied yet. The build stage runs the script itself once the sources are copied.</source>
        <comment>installAll/1/explain</comment>
        <translation>Entfernt das projekteigene Skript ${installHook} aus dieser Kopie von package.json, damit die folgende Installation die Install-Skripte der Abhängigkeiten weiter ausführt (dort kompilieren native Addons), ohne an einem Hook zu scheitern, der noch nicht kopierte Dateien braucht. Die Build-Stage führt das Skript selbst aus, sobald die Quellen kopiert sind.</translation>
    </message>
    <message>
        <source>Installs all dependencies, dev ones included, because compilers and bundlers are dev dependencies (NODE_ENV is deliberately not production here: that would make the install skip them) exactly as the lockfile records them. The package manager&apos;s download cache lives in a BuildKit cache mount, reused across builds and never part of a layer. With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installAll/2/explain</comment>
        <translation>Installiert alle Abhängigkeiten, auch die für Entwicklung, denn Compiler und Bundler sind Dev-Abhängigkeiten (NODE_ENV ist hier bewusst nicht production: Dann würde die Installation sie überspringen), genau so, wie das Lockfile sie festhält. Der Download-Cache des Paketmanagers liegt in einem BuildKit-Cache-Mount, wird über Builds hinweg wiederverwendet und ist nie Teil eines Layers. Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, nie in einen Layer geschrieben, sodass ein Registry-Token darin nicht über das Image oder seine History nach außen gelangen kann.</translation>
    </message>
    <message>
        <source>Installs all dependencies, dev ones included, because compilers and bundlers are dev dependencies (NODE_ENV is deliberately not production here: that would make the install skip them) exactly as the lockfile records them. Without a cache mount every rebuild of this layer downloads afresh; what the download cache leaves stays in this build stage.${cacheCleanupNote} With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installAll/3/explain</comment>
        <translation>Installiert alle Abhängigkeiten, auch die für Entwicklung, denn Compiler und Bundler sind Dev-Abhängigkeiten (NODE_ENV ist hier bewusst nicht production: Dann würde die Installation sie überspringen), genau so, wie das Lockfile sie festhält. Ohne Cache-Mount lädt jeder Rebuild dieses Layers alles neu herunter; was der Download-Cache hinterlässt, bleibt in dieser Build-Stage.${cacheCleanupNote} Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, nie in einen Layer geschrieben, sodass ein Registry-Token darin nicht über das Image oder seine History nach außen gelangen kann.</translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs all dependencies, dev ones included, because compilers and bundlers are dev dependencies (NODE_ENV is deliberately not production here: that would make the install skip them) at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run the install once locally and commit the lockfile it writes; Stagecraft then switches to a frozen install. The package manager&apos;s download cache lives in a BuildKit cache mount, reused across builds and never part of a layer. With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installAll/4/explain</comment>
        <translation>Das Projekt hat kein Lockfile, daher installiert dies alle Abhängigkeiten, auch die für Entwicklung, denn Compiler und Bundler sind Dev-Abhängigkeiten (NODE_ENV ist hier bewusst nicht production: Dann würde die Installation sie überspringen), in den neuesten Versionen, die package.json erlaubt: Zwei Builds derselben Quellen können verschiedene Abhängigkeiten bekommen, und der Build ist nicht reproduzierbar. Führen Sie die Installation einmal lokal aus und checken Sie das geschriebene Lockfile ein; Stagecraft wechselt dann zu einer Frozen-Installation. Der Download-Cache des Paketmanagers liegt in einem BuildKit-Cache-Mount, wird über Builds hinweg wiederverwendet und ist nie Teil eines Layers. Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, nie in einen Layer geschrieben, sodass ein Registry-Token darin nicht über das Image oder seine History nach außen gelangen kann.</translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs all dependencies, dev ones included, because compilers and bundlers are dev dependencies (NODE_ENV is deliberately not production here: that would make the install skip them) at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run the install once locally and commit the lockfile it writes; Stagecraft then switches to a frozen install. Without a cache mount every rebuild of this layer downloads afresh; what the download cache leaves stays in this build stage.${cacheCleanupNote} With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installAll/5/explain</comment>
        <translation>Das Projekt hat kein Lockfile, daher installiert dies alle Abhängigkeiten, auch die für Entwicklung, denn Compiler und Bundler sind Dev-Abhängigkeiten (NODE_ENV ist hier bewusst nicht production: Dann würde die Installation sie überspringen), in den neuesten Versionen, die package.json erlaubt: Zwei Builds derselben Quellen können verschiedene Abhängigkeiten bekommen, und der Build ist nicht reproduzierbar. Führen Sie die Installation einmal lokal aus und checken Sie das geschriebene Lockfile ein; Stagecraft wechselt dann zu einer Frozen-Installation. Ohne Cache-Mount lädt jeder Rebuild dieses Layers alles neu herunter; was der Download-Cache hinterlässt, bleibt in dieser Build-Stage.${cacheCleanupNote} Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, nie in einen Layer geschrieben, sodass ein Registry-Token darin nicht über das Image oder seine History nach außen gelangen kann.</translation>
    </message>
    <message>
        <source>package.json is copied rather than bind-mounted here, because the next step edits it: its ${installHook} script needs the project&apos;s sources, which are not in this stage yet.</source>
        <comment>installProduction/0/explain</comment>
        <translation>package.json wird hier kopiert statt per Bind-Mount eingebunden, weil der nächste Schritt es bearbeitet: Sein Skript ${installHook} braucht die Quellen des Projekts, die noch nicht in dieser Stage sind.</translation>
    </message>
    <message>
        <source>Removes the project&apos;s own ${installHook} script from this copy of package.json, so the install below still runs the install scripts of the dependencies (native addons compile there) without failing on a hook that needs files not copied yet.</source>
        <comment>installProduction/1/explain</comment>
        <translation>Entfernt das projekteigene Skript ${installHook} aus dieser Kopie von package.json, damit die folgende Installation die Install-Skripte der Abhängigkeiten weiter ausführt (dort kompilieren native Addons), ohne an einem Hook zu scheitern, der noch nicht kopierte Dateien braucht.</translation>
    </message>
    <message>
        <source>Installs production dependencies exactly as the lockfile records them. The package manager&apos;s download cache lives in a BuildKit cache mount, reused across builds and never part of a layer. With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installProduction/2/explain</comment>
        <translation>Installiert die Produktionsabhängigkeiten genau so, wie das Lockfile sie festhält. Der Download-Cache des Paketmanagers liegt in einem BuildKit-Cache-Mount, wird über Builds hinweg wiederverwendet und ist nie Teil eines Layers. Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, nie in einen Layer geschrieben, sodass ein Registry-Token darin nicht über das Image oder seine History nach außen gelangen kann.</translation>
    </message>
    <message>
        <source>Installs production dependencies exactly as the lockfile records them. Without a cache mount every rebuild of this layer downloads afresh; what the download cache leaves stays in this build stage.${cacheCleanupNote} With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installProduction/3/explain</comment>
        <translation>Installiert die Produktionsabhängigkeiten genau so, wie das Lockfile sie festhält. Ohne Cache-Mount lädt jeder Rebuild dieses Layers alles neu herunter; was der Download-Cache hinterlässt, bleibt in dieser Build-Stage.${cacheCleanupNote} Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, nie in einen Layer geschrieben, sodass ein Registry-Token darin nicht über das Image oder seine History nach außen gelangen kann.</translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs production dependencies at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run the install once locally and commit the lockfile it writes; Stagecraft then switches to a frozen install. The package manager&apos;s download cache lives in a BuildKit cache mount, reused across builds and never part of a layer. With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installProduction/4/explain</comment>
        <translation>Das Projekt hat kein Lockfile, daher installiert dies die Produktionsabhängigkeiten in den neuesten Versionen, die package.json erlaubt: Zwei Builds derselben Quellen können verschiedene Abhängigkeiten bekommen, und der Build ist nicht reproduzierbar. Führen Sie die Installation einmal lokal aus und checken Sie das geschriebene Lockfile ein; Stagecraft wechselt dann zu einer Frozen-Installation. Der Download-Cache des Paketmanagers liegt in einem BuildKit-Cache-Mount, wird über Builds hinweg wiederverwendet und ist nie Teil eines Layers. Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, nie in einen Layer geschrieben, sodass ein Registry-Token darin nicht über das Image oder seine History nach außen gelangen kann.</translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs production dependencies at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run the install once locally and commit the lockfile it writes; Stagecraft then switches to a frozen install. Without a cache mount every rebuild of this layer downloads afresh; what the download cache leaves stays in this build stage.${cacheCleanupNote} With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installProduction/5/explain</comment>
        <translation>Das Projekt hat kein Lockfile, daher installiert dies die Produktionsabhängigkeiten in den neuesten Versionen, die package.json erlaubt: Zwei Builds derselben Quellen können verschiedene Abhängigkeiten bekommen, und der Build ist nicht reproduzierbar. Führen Sie die Installation einmal lokal aus und checken Sie das geschriebene Lockfile ein; Stagecraft wechselt dann zu einer Frozen-Installation. Ohne Cache-Mount lädt jeder Rebuild dieses Layers alles neu herunter; was der Download-Cache hinterlässt, bleibt in dieser Build-Stage.${cacheCleanupNote} Eine .npmrc kommt als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .): nur während dieses Schritts lesbar, nie in einen Layer geschrieben, sodass ein Registry-Token darin nicht über das Image oder seine History nach außen gelangen kann.</translation>
    </message>
    <message>
        <source>Every later path is relative to /app; WORKDIR creates it.</source>
        <comment>packageManagerSetup/0/explain</comment>
        <translation>Jeder spätere Pfad ist relativ zu /app; WORKDIR legt es an.</translation>
    </message>
    <message>
        <source>pnpm keeps its content-addressable store in $PNPM_HOME/store only when PNPM_HOME is set (otherwise under ~/.local/share), so this makes /pnpm/store the store the cache mount targets.</source>
        <comment>packageManagerSetup/1/explain</comment>
        <translation>pnpm hält seinen inhaltsadressierten Store nur dann in $PNPM_HOME/store, wenn PNPM_HOME gesetzt ist (sonst unter ~/.local/share); damit wird /pnpm/store der Store, auf den der Cache-Mount zielt.</translation>
    </message>
    <message>
        <source>Makes Yarn install a node_modules folder instead of Plug&apos;n&apos;Play: the runtime stage copies node_modules, and Plug&apos;n&apos;Play would leave the packages in Yarn&apos;s cache, outside the image.</source>
        <comment>packageManagerSetup/2/explain</comment>
        <translation>Lässt Yarn einen Ordner node_modules installieren statt Plug&apos;n&apos;Play: Die Laufzeit-Stage kopiert node_modules, und Plug&apos;n&apos;Play ließe die Pakete in Yarns Cache, außerhalb des Images.</translation>
    </message>
    <message>
        <source>Corepack (bundled with Node.js up to 24, installed pinned from npm on 26) provides ${toolName} ${toolVersion}, pinned and downloaded once in this layer. A &quot;packageManager&quot; field in package.json still takes precedence inside the project.</source>
        <comment>packageManagerSetup/3/explain</comment>
        <translation>Corepack (bei Node.js bis 24 dabei, ab 26 gepinnt aus npm installiert) stellt ${toolName} ${toolVersion} bereit, gepinnt und einmal in diesem Layer heruntergeladen. Ein Feld &quot;packageManager&quot; in package.json hat innerhalb des Projekts weiterhin Vorrang.</translation>
    </message>
    <message>
        <source>Node.js 26 images no longer bundle Yarn 1, so the last Yarn classic release is installed, pinned, with npm.</source>
        <comment>packageManagerSetup/4/explain</comment>
        <translation>Die Images von Node.js 26 enthalten Yarn 1 nicht mehr, daher wird das letzte Yarn-Classic-Release gepinnt mit npm installiert.</translation>
    </message>
    <message>
        <source>Takes the single bun binary from the official image of a pinned Bun release, built for this base&apos;s libc. Bun only installs dependencies and runs scripts here; it never reaches the final image.</source>
        <comment>packageManagerSetup/5/explain</comment>
        <translation>Übernimmt das einzelne bun-Binary aus dem offiziellen Image eines gepinnten Bun-Releases, gebaut für die libc dieser Basis. Bun installiert hier nur Abhängigkeiten und führt Skripte aus; es erreicht das finale Image nie.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>runAs/0/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus. Numerische IDs brauchen keinen passwd-Lookup und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it numerically keeps the intent visible to reviewers and to Kubernetes&apos; runAsNonRoot.</source>
        <comment>runAs/1/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von Distroless (65532), den der Tag :nonroot bereits wählt; ihn numerisch anzugeben, macht die Absicht für Reviewer und für runAsNonRoot von Kubernetes sichtbar.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>runtimeUsers/0/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt).</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>runtimeUsers/1/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
    <message>
        <source>Installs the compilers and headers the dependency installs need; the full image is Debian, so these are apt names.</source>
        <comment>singleStageInstall/0/explain</comment>
        <translation>Installiert die Compiler und Header, die die Installation der Abhängigkeiten braucht; das volle Image ist Debian, also sind das apt-Namen.</translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>singleStageInstall/1/explain</comment>
        <translation>Die Anwendung liegt in /app.</translation>
    </message>
    <message>
        <source>Where pnpm keeps its store ($PNPM_HOME/store).</source>
        <comment>singleStageInstall/2/explain</comment>
        <translation>Wo pnpm seinen Store hält ($PNPM_HOME/store).</translation>
    </message>
    <message>
        <source>Makes Yarn install a node_modules folder, which the start command expects.</source>
        <comment>singleStageInstall/3/explain</comment>
        <translation>Lässt Yarn einen Ordner node_modules installieren, den der Startbefehl erwartet.</translation>
    </message>
    <message>
        <source>Provides ${toolName} ${toolVersion} through Corepack, pinned.</source>
        <comment>singleStageInstall/4/explain</comment>
        <translation>Stellt ${toolName} ${toolVersion} über Corepack bereit, gepinnt.</translation>
    </message>
    <message>
        <source>Node.js 26 images no longer bundle Yarn 1, so it is installed, pinned, with npm.</source>
        <comment>singleStageInstall/5/explain</comment>
        <translation>Die Images von Node.js 26 enthalten Yarn 1 nicht mehr, daher wird es gepinnt mit npm installiert.</translation>
    </message>
    <message>
        <source>Takes the bun binary from the official image of a pinned Bun release.</source>
        <comment>singleStageInstall/6/explain</comment>
        <translation>Übernimmt das bun-Binary aus dem offiziellen Image eines gepinnten Bun-Releases.</translation>
    </message>
    <message>
        <source>Copies the manifests first so the install layer is reused while they are unchanged.</source>
        <comment>singleStageInstall/7/explain</comment>
        <translation>Kopiert zuerst die Manifeste, damit der Install-Layer wiederverwendet wird, solange sie sich nicht ändern.</translation>
    </message>
    <message>
        <source>Copies the manifest first so the install layer is reused while it is unchanged; the project has no lockfile.</source>
        <comment>singleStageInstall/8/explain</comment>
        <translation>Kopiert zuerst das Manifest, damit der Install-Layer wiederverwendet wird, solange es sich nicht ändert; das Projekt hat kein Lockfile.</translation>
    </message>
    <message>
        <source>Copies Yarn&apos;s settings the install reads.</source>
        <comment>singleStageInstall/9/explain</comment>
        <translation>Kopiert die Yarn-Einstellungen, die die Installation liest.</translation>
    </message>
    <message>
        <source>Copies the Yarn release a yarnPath setting points to.</source>
        <comment>singleStageInstall/10/explain</comment>
        <translation>Kopiert das Yarn-Release, auf das eine Einstellung yarnPath zeigt.</translation>
    </message>
    <message>
        <source>Copies the Yarn plugins the install loads.</source>
        <comment>singleStageInstall/11/explain</comment>
        <translation>Kopiert die Yarn-Plugins, die die Installation lädt.</translation>
    </message>
    <message>
        <source>Copies the patches Yarn applies to dependencies.</source>
        <comment>singleStageInstall/12/explain</comment>
        <translation>Kopiert die Patches, die Yarn auf Abhängigkeiten anwendet.</translation>
    </message>
    <message>
        <source>Copies pnpm&apos;s settings the install needs.</source>
        <comment>singleStageInstall/13/explain</comment>
        <translation>Kopiert die pnpm-Einstellungen, die die Installation braucht.</translation>
    </message>
    <message>
        <source>Copies the pnpm hooks the install runs.</source>
        <comment>singleStageInstall/14/explain</comment>
        <translation>Kopiert die pnpm-Hooks, die die Installation ausführt.</translation>
    </message>
    <message>
        <source>Copies the patches the install applies to dependencies.</source>
        <comment>singleStageInstall/15/explain</comment>
        <translation>Kopiert die Patches, die die Installation auf Abhängigkeiten anwendet.</translation>
    </message>
    <message>
        <source>Installs every dependency, dev tools included, and leaves the package cache in the image. Even this naive build reads .npmrc as a secret (docker build --secret id=npmrc,src=.npmrc .): a token copied into a layer stays in the image for anyone who pulls it.</source>
        <comment>singleStageInstall/16/explain</comment>
        <translation>Installiert jede Abhängigkeit, auch die Dev-Tools, und lässt den Paket-Cache im Image. Selbst dieser naive Build liest .npmrc als Secret (docker build --secret id=npmrc,src=.npmrc .): Ein in einen Layer kopiertes Token bleibt für jeden im Image, der es zieht.</translation>
    </message>
    <message>
        <source>Installs every dependency at the newest versions package.json allows (there is no lockfile, so the build is not reproducible), and leaves the package cache in the image. .npmrc arrives as a secret, never in a layer.</source>
        <comment>singleStageInstall/17/explain</comment>
        <translation>Installiert jede Abhängigkeit in der neuesten Version, die package.json erlaubt (es gibt kein Lockfile, daher ist der Build nicht reproduzierbar), und lässt den Paket-Cache im Image. .npmrc kommt als Secret, nie in einem Layer.</translation>
    </message>
    <message>
        <source>Installs every dependency, dev tools included, and leaves the package cache in the image. Even this naive build reads .npmrc as a secret (docker build --secret id=npmrc,src=.npmrc .): a token copied into a layer stays in the image for anyone who pulls it. The ${installHook} script is first dropped from the copied package.json, as it needs sources not copied yet; COPY . . brings it back and it runs after that.</source>
        <comment>singleStageInstall/18/explain</comment>
        <translation>Installiert jede Abhängigkeit, auch die Dev-Tools, und lässt den Paket-Cache im Image. Selbst dieser naive Build liest .npmrc als Secret (docker build --secret id=npmrc,src=.npmrc .): Ein in einen Layer kopiertes Token bleibt für jeden im Image, der es zieht. Das Skript ${installHook} wird zuerst aus der kopierten package.json entfernt, weil es noch nicht kopierte Quellen braucht; COPY . . bringt es zurück, und danach läuft es.</translation>
    </message>
    <message>
        <source>Installs every dependency at the newest versions package.json allows (there is no lockfile, so the build is not reproducible), and leaves the package cache in the image. .npmrc arrives as a secret, never in a layer. The ${installHook} script is first dropped from the copied package.json, as it needs sources not copied yet; COPY . . brings it back and it runs after that.</source>
        <comment>singleStageInstall/19/explain</comment>
        <translation>Installiert jede Abhängigkeit in der neuesten Version, die package.json erlaubt (es gibt kein Lockfile, daher ist der Build nicht reproduzierbar), und lässt den Paket-Cache im Image. .npmrc kommt als Secret, nie in einem Layer. Das Skript ${installHook} wird zuerst aus der kopierten package.json entfernt, weil es noch nicht kopierte Quellen braucht; COPY . . bringt es zurück, und danach läuft es.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStageInstall/20/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Copies the sources after the dependencies, so editing code does not invalidate the dependency layer. .dockerignore keeps node_modules, .git and secrets out.</source>
        <comment>copySources/explain</comment>
        <translation>Kopiert die Quellen nach den Abhängigkeiten, damit Codeänderungen den Abhängigkeits-Layer nicht ungültig machen. .dockerignore hält node_modules, .git und Secrets heraus.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStageUser/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus.</translation>
    </message>
</context>
<context>
    <name>template/parts/node-options</name>
    <message>
        <source>system packages the install and build need, such as python3 make g++ for node-gyp (the same names on Alpine and Debian), separated by spaces; they never reach the runtime image</source>
        <comment>buildPackages/help</comment>
        <translation>Systempakete, die Installation und Build brauchen, etwa python3 make g++ für node-gyp (unter Alpine und Debian gleich benannt), durch Leerzeichen getrennt; sie erreichen das Laufzeit-Image nie</translation>
    </message>
    <message>
        <source>Extra build packages</source>
        <comment>buildPackages/label</comment>
        <translation>Zusätzliche Build-Pakete</translation>
    </message>
    <message>
        <source>bun.lock, or bun.lockb for projects locked with Bun before 1.2</source>
        <comment>bunLockfile/help</comment>
        <translation>bun.lock oder bun.lockb für Projekte, die vor Bun 1.2 gelockt wurden</translation>
    </message>
    <message>
        <source>Bun lockfile</source>
        <comment>bunLockfile/label</comment>
        <translation>Bun-Lockfile</translation>
    </message>
    <message>
        <source>the root package.json script (preinstall, install or postinstall) that needs the project&apos;s sources, such as prisma generate or nuxt prepare: the dependency installs skip it and the build stage runs it after copying the sources</source>
        <comment>installHook/help</comment>
        <translation>das package.json-Skript der Wurzel (preinstall, install oder postinstall), das die Quellen des Projekts braucht, etwa prisma generate oder nuxt prepare: Die Installationen der Abhängigkeiten überspringen es, und die Build-Stage führt es nach dem Kopieren der Quellen aus</translation>
    </message>
    <message>
        <source>Install hook needing the sources</source>
        <comment>installHook/label</comment>
        <translation>Install-Hook, der die Quellen braucht</translation>
    </message>
    <message>
        <source>true when the project has its package manager&apos;s lockfile: installs are frozen to it; false installs the newest allowed versions, and the build is not reproducible</source>
        <comment>locked/help</comment>
        <translation>true, wenn das Projekt das Lockfile seines Paketmanagers hat: Installationen halten sich exakt daran; false installiert die neuesten erlaubten Versionen, und der Build ist nicht reproduzierbar</translation>
    </message>
    <message>
        <source>Lockfile committed</source>
        <comment>locked/label</comment>
        <translation>Lockfile eingecheckt</translation>
    </message>
    <message>
        <source>true when the project has an .npmrc (registry, auth, install settings): each install reads it as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .), never copied into a layer or sent with the build context</source>
        <comment>npmrc/help</comment>
        <translation>true, wenn das Projekt eine .npmrc hat (Registry, Zugangsdaten, Installationseinstellungen): Jede Installation liest sie als BuildKit-Secret (docker build --secret id=npmrc,src=.npmrc .), nie in einen Layer kopiert oder mit dem Build-Kontext verschickt</translation>
    </message>
    <message>
        <source>.npmrc</source>
        <comment>npmrc/label</comment>
        <translation>.npmrc</translation>
    </message>
    <message>
        <source>true when the project has a patches/ folder (patchedDependencies, patch-package): it is bind-mounted into each install</source>
        <comment>patches/help</comment>
        <translation>true, wenn das Projekt einen Ordner patches/ hat (patchedDependencies, patch-package): Er wird in jede Installation per Bind-Mount eingebunden</translation>
    </message>
    <message>
        <source>patches/ folder</source>
        <comment>patches/label</comment>
        <translation>Ordner patches/</translation>
    </message>
    <message>
        <source>true when the project has a pnpm-workspace.yaml (pnpm 10 keeps settings such as onlyBuiltDependencies there): it is bind-mounted into each install</source>
        <comment>pnpmWorkspace/help</comment>
        <translation>true, wenn das Projekt eine pnpm-workspace.yaml hat (pnpm 10 hält dort Einstellungen wie onlyBuiltDependencies): Sie wird in jede Installation per Bind-Mount eingebunden</translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml</source>
        <comment>pnpmWorkspace/label</comment>
        <translation>pnpm-workspace.yaml</translation>
    </message>
    <message>
        <source>true when the project has a .pnpmfile.cjs (pnpm hooks that rewrite dependencies at install): it is bind-mounted into each install</source>
        <comment>pnpmfile/help</comment>
        <translation>true, wenn das Projekt eine .pnpmfile.cjs hat (pnpm-Hooks, die Abhängigkeiten bei der Installation umschreiben): Sie wird in jede Installation per Bind-Mount eingebunden</translation>
    </message>
    <message>
        <source>.pnpmfile.cjs</source>
        <comment>pnpmfile/label</comment>
        <translation>.pnpmfile.cjs</translation>
    </message>
    <message>
        <source>true when the project uses Prisma and no install hook or build script generates its client: the build stage runs the project&apos;s own Prisma CLI</source>
        <comment>prismaGenerate/help</comment>
        <translation>true, wenn das Projekt Prisma nutzt und weder ein Install-Hook noch ein Build-Skript seinen Client erzeugt: Die Build-Stage führt die projekteigene Prisma-CLI aus</translation>
    </message>
    <message>
        <source>Run prisma generate</source>
        <comment>prismaGenerate/label</comment>
        <translation>prisma generate ausführen</translation>
    </message>
    <message>
        <source>system libraries the running app needs (apk names on Alpine, apt names on Debian slim), separated by spaces; distroless has no package manager, so it cannot have any</source>
        <comment>runtimePackages/help</comment>
        <translation>Systembibliotheken, die die laufende App braucht (apk-Namen unter Alpine, apt-Namen unter Debian slim), durch Leerzeichen getrennt; Distroless hat keinen Paketmanager und kann daher keine haben</translation>
    </message>
    <message>
        <source>Extra runtime packages</source>
        <comment>runtimePackages/label</comment>
        <translation>Zusätzliche Laufzeitpakete</translation>
    </message>
    <message>
        <source>Yarn 4: true when the project has .yarn/patches (patch: dependencies): it is mounted into each install</source>
        <comment>yarnPatches/help</comment>
        <translation>Yarn 4: true, wenn das Projekt .yarn/patches hat (patch:-Abhängigkeiten): Es wird in jede Installation eingebunden</translation>
    </message>
    <message>
        <source>.yarn/patches folder</source>
        <comment>yarnPatches/label</comment>
        <translation>Ordner .yarn/patches</translation>
    </message>
    <message>
        <source>Yarn 4: true when the project has .yarn/plugins: it is mounted into each install</source>
        <comment>yarnPlugins/help</comment>
        <translation>Yarn 4: true, wenn das Projekt .yarn/plugins hat: Es wird in jede Installation eingebunden</translation>
    </message>
    <message>
        <source>.yarn/plugins folder</source>
        <comment>yarnPlugins/label</comment>
        <translation>Ordner .yarn/plugins</translation>
    </message>
    <message>
        <source>Yarn 4: true when the project keeps its Yarn release in .yarn/releases (a yarnPath setting): it is mounted into each install</source>
        <comment>yarnReleases/help</comment>
        <translation>Yarn 4: true, wenn das Projekt sein Yarn-Release in .yarn/releases hält (eine Einstellung yarnPath): Es wird in jede Installation eingebunden</translation>
    </message>
    <message>
        <source>.yarn/releases folder</source>
        <comment>yarnReleases/label</comment>
        <translation>Ordner .yarn/releases</translation>
    </message>
    <message>
        <source>Yarn 4: true when the project has a .yarnrc.yml, which is then mounted into each install</source>
        <comment>yarnrc/help</comment>
        <translation>Yarn 4: true, wenn das Projekt eine .yarnrc.yml hat, die dann in jede Installation eingebunden wird</translation>
    </message>
    <message>
        <source>.yarnrc.yml</source>
        <comment>yarnrc/label</comment>
        <translation>.yarnrc.yml</translation>
    </message>
</context>
<context>
    <name>template/parts/node-package-managers</name>
    <message>
        <source>npm ci installs exactly what package-lock.json records.</source>
        <comment>npm/description</comment>
        <translation>npm ci installiert genau das, was package-lock.json festhält.</translation>
    </message>
    <message>
        <source>npm</source>
        <comment>npm/name</comment>
        <translation>npm</translation>
    </message>
    <message>
        <source>pnpm install --frozen-lockfile installs exactly what pnpm-lock.yaml records; pnpm itself comes pinned through Corepack.</source>
        <comment>pnpm/description</comment>
        <translation>pnpm install --frozen-lockfile installiert genau das, was pnpm-lock.yaml festhält; pnpm selbst kommt gepinnt über Corepack.</translation>
    </message>
    <message>
        <source>pnpm</source>
        <comment>pnpm/name</comment>
        <translation>pnpm</translation>
    </message>
    <message>
        <source>yarn install --frozen-lockfile installs exactly what yarn.lock records, with the Yarn 1 the Node.js image ships.</source>
        <comment>yarn/description</comment>
        <translation>yarn install --frozen-lockfile installiert genau das, was yarn.lock festhält, mit dem Yarn 1, das das Node.js-Image mitbringt.</translation>
    </message>
    <message>
        <source>Yarn classic (1.x)</source>
        <comment>yarn/name</comment>
        <translation>Yarn classic (1.x)</translation>
    </message>
    <message>
        <source>yarn install --immutable installs exactly what yarn.lock records; Yarn comes pinned through Corepack and installs a node_modules folder.</source>
        <comment>yarn-berry/description</comment>
        <translation>yarn install --immutable installiert genau das, was yarn.lock festhält; Yarn kommt gepinnt über Corepack und installiert einen Ordner node_modules.</translation>
    </message>
    <message>
        <source>Yarn berry (4.x)</source>
        <comment>yarn-berry/name</comment>
        <translation>Yarn berry (4.x)</translation>
    </message>
    <message>
        <source>bun install --frozen-lockfile installs exactly what bun.lock (or the older binary bun.lockb) records; Bun only installs, Node.js runs the app.</source>
        <comment>bun/description</comment>
        <translation>bun install --frozen-lockfile installiert genau das, was bun.lock (oder das ältere binäre bun.lockb) festhält; Bun installiert nur, Node.js führt die App aus.</translation>
    </message>
    <message>
        <source>Bun (as installer)</source>
        <comment>bun/name</comment>
        <translation>Bun (als Installer)</translation>
    </message>
    <message>
        <source> yarn cache clean then removes Yarn&apos;s copy of the downloads in the same step.</source>
        <comment>yarn/vars/cacheCleanupNote</comment>
        <translation> yarn cache clean entfernt dann im selben Schritt Yarns Kopie der Downloads.</translation>
    </message>
    <message>
        <source> yarn cache clean then removes Yarn&apos;s copy of the downloads in the same step.</source>
        <comment>yarn-berry/vars/cacheCleanupNote</comment>
        <translation> yarn cache clean entfernt dann im selben Schritt Yarns Kopie der Downloads.</translation>
    </message>
</context>
<context>
    <name>template/parts/node-stages</name>
    <message>
        <source>The toolchain every build stage shares: Node.js on the same libc family as the runtime base, so native addons keep working, plus the pinned package manager.</source>
        <comment>base/explain</comment>
        <translation>Die Toolchain, die sich alle Build-Stages teilen: Node.js auf derselben libc-Familie wie die Laufzeitbasis, damit native Addons weiter funktionieren, plus der gepinnte Paketmanager.</translation>
    </message>
</context>
<context>
    <name>template/parts/node-versions</name>
    <message>
        <source>Node.js 26 (Active LTS)</source>
        <comment>26/name</comment>
        <translation>Node.js 26 (Active LTS)</translation>
    </message>
    <message>
        <source>Node.js 24 (LTS, maintenance)</source>
        <comment>24/name</comment>
        <translation>Node.js 24 (LTS, Wartung)</translation>
    </message>
    <message>
        <source>Node.js 22 (LTS, maintenance)</source>
        <comment>22/name</comment>
        <translation>Node.js 22 (LTS, Wartung)</translation>
    </message>
    <message>
        <source>Node.js 20 (end of life since April 2026: upgrade soon)</source>
        <comment>20/name</comment>
        <translation>Node.js 20 (End of Life seit April 2026: bald aktualisieren)</translation>
    </message>
</context>
<context>
    <name>template/parts/php-detect</name>
    <message>
        <source>require.php &quot;{value}&quot;</source>
        <comment>values/0/finding</comment>
        <translation>require.php &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>composer.json (Composer)</source>
        <comment>values/1/finding</comment>
        <translation>composer.json (Composer)</translation>
    </message>
    <message>
        <source>lockfile composer.lock</source>
        <comment>values/2/finding</comment>
        <translation>Lockfile composer.lock</translation>
    </message>
    <message>
        <source>laravel/framework (Laravel)</source>
        <comment>values/3/finding</comment>
        <translation>laravel/framework (Laravel)</translation>
    </message>
    <message>
        <source>symfony/framework-bundle (Symfony)</source>
        <comment>values/4/finding</comment>
        <translation>symfony/framework-bundle (Symfony)</translation>
    </message>
    <message>
        <source>symfony/runtime (Symfony)</source>
        <comment>values/5/finding</comment>
        <translation>symfony/runtime (Symfony)</translation>
    </message>
    <message>
        <source>extensions to install: {value}</source>
        <comment>values/7/finding</comment>
        <translation>zu installierende Extensions: {value}</translation>
    </message>
    <message>
        <source>PHP-FPM listens on 9000 (FastCGI)</source>
        <comment>values/8/finding</comment>
        <translation>PHP-FPM lauscht auf 9000 (FastCGI)</translation>
    </message>
</context>
<context>
    <name>template/parts/php-runtime</name>
    <message>
        <source>Writes the optimised class-map autoloader now that the sources are present, and runs the project&apos;s post-autoload-dump scripts, if any.</source>
        <comment>autoload/0/explain</comment>
        <translation>Schreibt den optimierten Classmap-Autoloader, jetzt, da die Quellen vorhanden sind, und führt die post-autoload-dump-Skripte des Projekts aus, falls es welche gibt.</translation>
    </message>
    <message>
        <source>Recreates the cache and storage folders Laravel expects (git and .dockerignore keep only their placeholders), then writes the optimised class-map autoloader and runs the post-autoload-dump scripts: package:discover writes bootstrap/cache/packages.php and services.php.</source>
        <comment>autoload/1/explain</comment>
        <translation>Legt die Cache- und Storage-Ordner neu an, die Laravel erwartet (git und .dockerignore behalten nur ihre Platzhalter), schreibt dann den optimierten Classmap-Autoloader und führt die post-autoload-dump-Skripte aus: package:discover schreibt bootstrap/cache/packages.php und services.php.</translation>
    </message>
    <message>
        <source>Writes the authoritative class-map autoloader now that the sources are present, compiles the committed .env defaults into .env.local.php for the prod environment (real values still come from the container&apos;s environment), and runs the post-install scripts (cache:clear warms the prod cache in var/, assets:install fills public/).</source>
        <comment>autoload/2/explain</comment>
        <translation>Schreibt den autoritativen Classmap-Autoloader, jetzt, da die Quellen vorhanden sind, kompiliert die eingecheckten .env-Standardwerte für die prod-Umgebung in .env.local.php (die echten Werte kommen weiterhin aus der Umgebung des Containers) und führt die post-install-Skripte aus (cache:clear wärmt den prod-Cache in var/ vor, assets:install füllt public/).</translation>
    </message>
    <message>
        <source>Runs PHP as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot. PHP-FPM started without root ignores the pool&apos;s user setting and runs its workers as this user too.</source>
        <comment>serve/0/explain</comment>
        <translation>Führt PHP als unprivilegierter Benutzer aus. Numerische IDs brauchen keinen passwd-Lookup und lassen Kubernetes runAsNonRoot prüfen. Ohne root gestartet, ignoriert PHP-FPM die user-Einstellung des Pools und führt seine Worker ebenfalls als dieser Benutzer aus.</translation>
    </message>
    <message>
        <source>Documents the port PHP-FPM listens on. It speaks FastCGI, not HTTP: point nginx or Caddy (fastcgi_pass) at it, and never publish it to the internet, since FastCGI trusts whatever its client says.</source>
        <comment>serve/1/explain</comment>
        <translation>Dokumentiert den Port, auf dem PHP-FPM lauscht. Es spricht FastCGI, nicht HTTP: Richten Sie nginx oder Caddy (fastcgi_pass) darauf, und veröffentlichen Sie ihn nie ins Internet, denn FastCGI vertraut allem, was sein Client sagt.</translation>
    </message>
    <message>
        <source>Documents the port Apache serves HTTP on; publish it with docker run -p.</source>
        <comment>serve/2/explain</comment>
        <translation>Dokumentiert den Port, auf dem Apache HTTP ausliefert; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when PHP-FPM stops accepting connections. FPM speaks FastCGI, so PHP itself opens a TCP connection to its port instead of sending an HTTP request; no curl or shell is needed.</source>
        <comment>serve/3/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn PHP-FPM keine Verbindungen mehr annimmt. FPM spricht FastCGI, daher öffnet PHP selbst eine TCP-Verbindung zu seinem Port, statt eine HTTP-Anfrage zu senden; weder curl noch eine Shell sind nötig.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when Apache stops answering. PHP&apos;s own HTTP client fails on connection errors and on HTTP status 400 and up, so no curl or shell is needed.</source>
        <comment>serve/4/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn Apache nicht mehr antwortet. PHPs eigener HTTP-Client scheitert bei Verbindungsfehlern und bei HTTP-Status ab 400, daher sind weder curl noch eine Shell nötig.</translation>
    </message>
    <message>
        <source>Starts the PHP-FPM master in the foreground (the image&apos;s configuration keeps it there and logs to stderr). The image&apos;s STOPSIGNAL SIGQUIT lets docker stop finish running requests first.</source>
        <comment>serve/5/explain</comment>
        <translation>Startet den PHP-FPM-Master im Vordergrund (die Konfiguration des Images hält ihn dort und loggt nach stderr). Das STOPSIGNAL SIGQUIT des Images lässt docker stop laufende Anfragen erst zu Ende führen.</translation>
    </message>
    <message>
        <source>Starts Apache in the foreground through the image&apos;s script. The image&apos;s STOPSIGNAL SIGWINCH makes docker stop a graceful stop.</source>
        <comment>serve/6/explain</comment>
        <translation>Startet Apache über das Skript des Images im Vordergrund. Das STOPSIGNAL SIGWINCH des Images macht docker stop zu einem geordneten Stopp.</translation>
    </message>
    <message>
        <source>Builds and enables the extensions composer.json requires that the image does not ship. install-php-extensions (a pinned release, bind-mounted so the script adds no layer) installs the system libraries each one needs and removes the compilers again in the same step.</source>
        <comment>setup/0/explain</comment>
        <translation>Baut und aktiviert die Extensions, die composer.json verlangt und die das Image nicht mitbringt. install-php-extensions (ein gepinntes Release, per Bind-Mount eingebunden, sodass das Skript keinen Layer hinzufügt) installiert die Systembibliotheken, die jede braucht, und entfernt die Compiler im selben Schritt wieder.</translation>
    </message>
    <message>
        <source>Laravel and Symfony serve only public/ (front controller index.php and assets); the rest of the project must not be reachable over HTTP.</source>
        <comment>setup/1/explain</comment>
        <translation>Laravel und Symfony liefern nur public/ aus (den Front-Controller index.php und die Assets); der Rest des Projekts darf über HTTP nicht erreichbar sein.</translation>
    </message>
    <message>
        <source>Uses PHP&apos;s recommended production settings (no error display, no version header), tells OPcache never to check files for changes (the code in an image never changes) and caches resolved paths longer. The sed commands make Apache listen on the chosen port instead of 80, so it needs no privileged port when it runs unprivileged. For Laravel and Symfony the document root becomes public/ (the official image&apos;s way, Apache expands ${APACHE_DOCUMENT_ROOT} itself), every request for a missing file goes to the front controller index.php, and mod_rewrite serves the rules of a public/.htaccess.</source>
        <comment>setup/3/explain</comment>
        <translation>Verwendet die empfohlenen Produktionseinstellungen von PHP (keine Fehleranzeige, kein Versions-Header), weist OPcache an, Dateien nie auf Änderungen zu prüfen (der Code in einem Image ändert sich nie), und cacht aufgelöste Pfade länger. Die sed-Befehle lassen Apache auf dem gewählten Port statt auf 80 lauschen, sodass es keinen privilegierten Port braucht, wenn es unprivilegiert läuft. Für Laravel und Symfony wird public/ zum Document Root (so macht es das offizielle Image; Apache expandiert ${APACHE_DOCUMENT_ROOT} selbst), jede Anfrage nach einer fehlenden Datei geht an den Front-Controller index.php, und mod_rewrite wendet die Regeln einer public/.htaccess an.</translation>
    </message>
    <message>
        <source>Writes the optimised class-map autoloader now that the sources are present, and runs the project&apos;s post-autoload-dump scripts, if any.</source>
        <comment>singleAutoload/0/explain</comment>
        <translation>Schreibt den optimierten Classmap-Autoloader, jetzt, da die Quellen vorhanden sind, und führt die post-autoload-dump-Skripte des Projekts aus, falls es welche gibt.</translation>
    </message>
    <message>
        <source>Recreates the cache and storage folders Laravel expects (git and .dockerignore keep only their placeholders), then writes the optimised class-map autoloader and runs the post-autoload-dump scripts: package:discover writes bootstrap/cache/packages.php and services.php. Only storage/ and bootstrap/cache/ then belong to the app user.</source>
        <comment>singleAutoload/1/explain</comment>
        <translation>Legt die Cache- und Storage-Ordner neu an, die Laravel erwartet (git und .dockerignore behalten nur ihre Platzhalter), schreibt dann den optimierten Classmap-Autoloader und führt die post-autoload-dump-Skripte aus: package:discover schreibt bootstrap/cache/packages.php und services.php. Danach gehören nur storage/ und bootstrap/cache/ dem App-Benutzer.</translation>
    </message>
    <message>
        <source>Writes the authoritative class-map autoloader now that the sources are present, compiles the committed .env defaults into .env.local.php for the prod environment (real values still come from the container&apos;s environment), and runs the post-install scripts (cache:clear warms the prod cache in var/, assets:install fills public/). Only var/ then belongs to the app user.</source>
        <comment>singleAutoload/2/explain</comment>
        <translation>Schreibt den autoritativen Classmap-Autoloader, jetzt, da die Quellen vorhanden sind, kompiliert die eingecheckten .env-Standardwerte für die prod-Umgebung in .env.local.php (die echten Werte kommen weiterhin aus der Umgebung des Containers) und führt die post-install-Skripte aus (cache:clear wärmt den prod-Cache in var/ vor, assets:install füllt public/). Danach gehört nur var/ dem App-Benutzer.</translation>
    </message>
    <message>
        <source>Takes the composer binary from the pinned Composer image; it stays in the image.</source>
        <comment>singleComposer/0/explain</comment>
        <translation>Übernimmt das composer-Binary aus dem gepinnten Composer-Image; es bleibt im Image.</translation>
    </message>
    <message>
        <source>The application lives in /var/www/html, where the image serves from.</source>
        <comment>singleInstall/0/explain</comment>
        <translation>Die Anwendung liegt in /var/www/html, von wo das Image ausliefert.</translation>
    </message>
    <message>
        <source>Copies the dependency manifests first so the install layer is reused while they are unchanged.</source>
        <comment>singleInstall/1/explain</comment>
        <translation>Kopiert zuerst die Abhängigkeitsmanifeste, damit der Install-Layer wiederverwendet wird, solange sie sich nicht ändern.</translation>
    </message>
    <message>
        <source>Installs the locked dependencies; Composer&apos;s download cache stays in the image.</source>
        <comment>singleInstall/2/explain</comment>
        <translation>Installiert die gelockten Abhängigkeiten; Composers Download-Cache bleibt im Image.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleInstall/3/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Composer runs as root here, which it would otherwise warn about.</source>
        <comment>singleUser/0/explain</comment>
        <translation>Composer läuft hier als root, wovor es sonst warnen würde.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>singleUser/1/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt).</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>singleUser/2/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
    <message>
        <source>Composer unpacks the dist archives it downloads with unzip (the image has neither unzip nor the zip extension). Unpinned on purpose (hadolint DL3018): Alpine keeps only the current build of each package; the pinned Alpine release fixes the set.</source>
        <comment>unzip/0/explain</comment>
        <translation>Composer entpackt die heruntergeladenen dist-Archive mit unzip (das Image hat weder unzip noch die zip-Extension). Absichtlich nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets; das gepinnte Alpine-Release legt die Menge fest.</translation>
    </message>
    <message>
        <source>Composer unpacks the dist archives it downloads with unzip (the image has neither unzip nor the zip extension). Unpinned on purpose (hadolint DL3008): Debian replaces stable packages only with security fixes; the pinned Debian release fixes the set.</source>
        <comment>unzip/1/explain</comment>
        <translation>Composer entpackt die heruntergeladenen dist-Archive mit unzip (das Image hat weder unzip noch die zip-Extension). Absichtlich nicht gepinnt (hadolint DL3008): Debian ersetzt stabile Pakete nur durch Sicherheitskorrekturen; das gepinnte Debian-Release legt die Menge fest.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>user/0/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt).</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>user/1/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
    <message>
        <source>Laravel writes compiled views, sessions, file caches and logs under storage/ and its caches under bootstrap/cache/; only these folders belong to the app user, the code stays read-only to it.</source>
        <comment>writable/0/explain</comment>
        <translation>Laravel schreibt kompilierte Views, Sessions, Datei-Caches und Logs unter storage/ und seine Caches unter bootstrap/cache/; nur diese Ordner gehören dem App-Benutzer, der Code bleibt für ihn schreibgeschützt.</translation>
    </message>
    <message>
        <source>Symfony writes its cache and logs under var/; only that folder belongs to the app user, the code stays read-only to it.</source>
        <comment>writable/1/explain</comment>
        <translation>Symfony schreibt seinen Cache und seine Logs unter var/; nur dieser Ordner gehört dem App-Benutzer, der Code bleibt für ihn schreibgeschützt.</translation>
    </message>
    <message>
        <source>Uses PHP&apos;s recommended production settings (no error display, no version header), tells OPcache never to check files for changes (the code in an image never changes) and caches resolved paths longer. The image&apos;s PHP-FPM listens on 9000 on all interfaces; with another port, a last command makes it listen there.</source>
        <comment>setup/2/explain</comment>
        <translation>Verwendet die empfohlenen Produktionseinstellungen von PHP (keine Fehleranzeige, kein Versions-Header), weist OPcache an, Dateien nie auf Änderungen zu prüfen (der Code in einem Image ändert sich nie), und cacht aufgelöste Pfade länger. PHP-FPM lauscht im Image auf 9000 auf allen Interfaces; bei einem anderen Port lässt ein letzter Befehl es dort lauschen.</translation>
    </message>
</context>
<context>
    <name>template/parts/ruby-detect</name>
    <message>
        <source>Ruby {value}</source>
        <comment>values/0/finding</comment>
        <translation>Ruby {value}</translation>
    </message>
    <message>
        <source>ruby &quot;{value}&quot;</source>
        <comment>values/1/finding</comment>
        <translation>ruby &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>RUBY VERSION {value}</source>
        <comment>values/2/finding</comment>
        <translation>RUBY VERSION {value}</translation>
    </message>
    <message>
        <source>Gemfile (Bundler)</source>
        <comment>values/3/finding</comment>
        <translation>Gemfile (Bundler)</translation>
    </message>
    <message>
        <source>lockfile Gemfile.lock</source>
        <comment>values/4/finding</comment>
        <translation>Lockfile Gemfile.lock</translation>
    </message>
    <message>
        <source>gem rails and bin/rails (Rails)</source>
        <comment>values/5/finding</comment>
        <translation>gem rails und bin/rails (Rails)</translation>
    </message>
    <message>
        <source>config.ru (Rack)</source>
        <comment>values/6/finding</comment>
        <translation>config.ru (Rack)</translation>
    </message>
    <message>
        <source>./bin/rails server</source>
        <comment>values/7/finding</comment>
        <translation>./bin/rails server</translation>
    </message>
    <message>
        <source>config.ru served by puma</source>
        <comment>values/8/finding</comment>
        <translation>config.ru, ausgeliefert von puma</translation>
    </message>
    <message>
        <source>config.ru served by rackup</source>
        <comment>values/9/finding</comment>
        <translation>config.ru, ausgeliefert von rackup</translation>
    </message>
    <message>
        <source>gem bootsnap</source>
        <comment>values/10/finding</comment>
        <translation>gem bootsnap</translation>
    </message>
    <message>
        <source>an asset pipeline gem</source>
        <comment>values/12/finding</comment>
        <translation>ein Asset-Pipeline-Gem</translation>
    </message>
    <message>
        <source>Rails listens on 3000 by default</source>
        <comment>values/14/finding</comment>
        <translation>Rails lauscht standardmäßig auf 3000</translation>
    </message>
    <message>
        <source>Puma and rackup listen on 9292 by default</source>
        <comment>values/15/finding</comment>
        <translation>Puma und rackup lauschen standardmäßig auf 9292</translation>
    </message>
</context>
<context>
    <name>template/parts/ruby-parts</name>
    <message>
        <source>Installs what gems with native extensions compile with (the compiler, pkg-config, libyaml for psych) and git for gems taken from a repository. They stay in this stage. Versions are not pinned (hadolint DL3008): the pinned Debian release fixes the set.</source>
        <comment>buildPackages/0/explain</comment>
        <translation>Installiert, womit Gems mit nativen Extensions kompiliert werden (den Compiler, pkg-config, libyaml für psych), und git für Gems aus einem Repository. Sie bleiben in dieser Stage. Die Versionen sind nicht gepinnt (hadolint DL3008): Das gepinnte Debian-Release legt die Menge fest.</translation>
    </message>
    <message>
        <source>Installs what gems with native extensions compile with (the compiler, pkgconf, libyaml for psych) and git for gems taken from a repository. They stay in this stage. Unpinned on purpose (hadolint DL3018): the pinned Alpine release fixes the set.</source>
        <comment>buildPackages/1/explain</comment>
        <translation>Installiert, womit Gems mit nativen Extensions kompiliert werden (den Compiler, pkgconf, libyaml für psych), und git für Gems aus einem Repository. Sie bleiben in dieser Stage. Absichtlich nicht gepinnt (hadolint DL3018): Das gepinnte Alpine-Release legt die Menge fest.</translation>
    </message>
    <message>
        <source>Installs jemalloc (and the runtime libraries the gems load) and links it to one path that does not depend on the CPU architecture. Debian replaces stable packages only with security fixes, so versions are not pinned (hadolint DL3008); the pinned Debian release fixes the set.</source>
        <comment>runtimePackages/0/explain</comment>
        <translation>Installiert jemalloc (und die Runtime-Bibliotheken, die die Gems laden) und legt einen Link darauf unter einem Pfad an, der nicht von der CPU-Architektur abhängt. Debian ersetzt stabile Pakete nur durch Sicherheitskorrekturen, daher sind die Versionen nicht gepinnt (hadolint DL3008); das gepinnte Debian-Release legt die Menge fest.</translation>
    </message>
    <message>
        <source>Installs the system libraries the gems load at run time. Debian replaces stable packages only with security fixes, so versions are not pinned (hadolint DL3008); the pinned Debian release fixes the set.</source>
        <comment>runtimePackages/1/explain</comment>
        <translation>Installiert die Systembibliotheken, die die Gems zur Laufzeit laden. Debian ersetzt stabile Pakete nur durch Sicherheitskorrekturen, daher sind die Versionen nicht gepinnt (hadolint DL3008); das gepinnte Debian-Release legt die Menge fest.</translation>
    </message>
    <message>
        <source>Installs jemalloc (and the runtime libraries the gems load) and links it where LD_PRELOAD expects it. Unpinned on purpose (hadolint DL3018): Alpine keeps only the current build of each package; the pinned Alpine release fixes the set.</source>
        <comment>runtimePackages/2/explain</comment>
        <translation>Installiert jemalloc (und die Runtime-Bibliotheken, die die Gems laden) und legt einen Link darauf dort an, wo LD_PRELOAD es erwartet. Absichtlich nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets; das gepinnte Alpine-Release legt die Menge fest.</translation>
    </message>
    <message>
        <source>Installs the system libraries the gems load at run time. Unpinned on purpose (hadolint DL3018): Alpine keeps only the current build of each package; the pinned Alpine release fixes the set.</source>
        <comment>runtimePackages/3/explain</comment>
        <translation>Installiert die Systembibliotheken, die die Gems zur Laufzeit laden. Absichtlich nicht gepinnt (hadolint DL3018): Alpine behält nur den aktuellen Build jedes Pakets; das gepinnte Alpine-Release legt die Menge fest.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>serve/0/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus. Numerische IDs brauchen keinen passwd-Lookup und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Documents the port the server listens on; publish it with docker run -p.</source>
        <comment>serve/1/explain</comment>
        <translation>Dokumentiert den Port, auf dem der Server lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering. Ruby&apos;s own net/http makes the request, so no curl or shell is needed; a status other than 2xx, or no answer, fails the check.</source>
        <comment>serve/2/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet. Rubys eigenes net/http stellt die Anfrage, daher sind weder curl noch eine Shell nötig; ein anderer Status als 2xx oder keine Antwort lässt den Check scheitern.</translation>
    </message>
    <message>
        <source>Starts the server directly in exec form, so it is PID 1 and receives SIGTERM on docker stop; the address and port flags make it listen on all interfaces on the exposed port.</source>
        <comment>serve/3/explain</comment>
        <translation>Startet den Server direkt in Exec-Form, sodass er PID 1 ist und bei docker stop das SIGTERM erhält; die Flags für Adresse und Port lassen ihn auf allen Interfaces auf dem exponierten Port lauschen.</translation>
    </message>
    <message>
        <source>Rails writes logs, pids and caches under log/ and tmp/, Active Storage files under storage/, and SQLite databases under db/; only these folders belong to the app user.</source>
        <comment>singleWritable/0/explain</comment>
        <translation>Rails schreibt Logs, PIDs und Caches unter log/ und tmp/, Active-Storage-Dateien unter storage/ und SQLite-Datenbanken unter db/; nur diese Ordner gehören dem App-Benutzer.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>user/0/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt).</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>user/1/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
    <message>
        <source>Rails writes logs, pids and caches under log/ and tmp/, Active Storage files under storage/, and SQLite databases under db/; only these folders belong to the app user, the code stays read-only to it.</source>
        <comment>writable/0/explain</comment>
        <translation>Rails schreibt Logs, PIDs und Caches unter log/ und tmp/, Active-Storage-Dateien unter storage/ und SQLite-Datenbanken unter db/; nur diese Ordner gehören dem App-Benutzer, der Code bleibt für ihn schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>template/parts/rust-detect</name>
    <message>
        <source>the binary cargo builds runs as /usr/local/bin/app (the template copies it there)</source>
        <comment>values/0/finding</comment>
        <translation>das von cargo gebaute Binary läuft als /usr/local/bin/app (die Vorlage kopiert es dorthin)</translation>
    </message>
    <message>
        <source>toolchain channel {value}</source>
        <comment>values/1/finding</comment>
        <translation>toolchain channel {value}</translation>
    </message>
    <message>
        <source>toolchain {value}</source>
        <comment>values/2/finding</comment>
        <translation>toolchain {value}</translation>
    </message>
    <message>
        <source>rust-version &quot;{value}&quot; (the oldest Rust it builds with)</source>
        <comment>values/3/finding</comment>
        <translation>rust-version &quot;{value}&quot; (die älteste Rust-Version, mit der es baut)</translation>
    </message>
    <message>
        <source>Cargo</source>
        <comment>values/4/finding</comment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>lockfile Cargo.lock</source>
        <comment>values/5/finding</comment>
        <translation>Lockfile Cargo.lock</translation>
    </message>
    <message>
        <source>Cargo.lock pins the crate versions</source>
        <comment>values/6/finding</comment>
        <translation>Cargo.lock pinnt die Crate-Versionen</translation>
    </message>
    <message>
        <source>no Cargo.lock: the build resolves the newest versions Cargo.toml allows</source>
        <comment>values/7/finding</comment>
        <translation>keine Cargo.lock: Der Build löst die neuesten Versionen auf, die Cargo.toml erlaubt</translation>
    </message>
    <message>
        <source>default-run = &quot;{value}&quot;</source>
        <comment>values/8/finding</comment>
        <translation>default-run = &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>binary target(s) {value}</source>
        <comment>values/9/finding</comment>
        <translation>Binary-Target(s) {value}</translation>
    </message>
    <message>
        <source>binary {value} (src/main.rs)</source>
        <comment>values/10/finding</comment>
        <translation>Binary {value} (src/main.rs)</translation>
    </message>
    <message>
        <source>package {value}</source>
        <comment>values/11/finding</comment>
        <translation>Paket {value}</translation>
    </message>
    <message>
        <source>Rocket listens on 127.0.0.1 unless ROCKET_ADDRESS says otherwise</source>
        <comment>values/12/finding</comment>
        <translation>Rocket lauscht auf 127.0.0.1, solange ROCKET_ADDRESS nichts anderes sagt</translation>
    </message>
    <message>
        <source>Rocket reads its port from ROCKET_PORT</source>
        <comment>values/13/finding</comment>
        <translation>Rocket liest seinen Port aus ROCKET_PORT</translation>
    </message>
    <message>
        <source>Rocket.toml [release] port {value}</source>
        <comment>values/14/finding</comment>
        <translation>Rocket.toml [release] port {value}</translation>
    </message>
    <message>
        <source>Rocket.toml [default] port {value}</source>
        <comment>values/15/finding</comment>
        <translation>Rocket.toml [default] port {value}</translation>
    </message>
    <message>
        <source>Rocket&apos;s default port 8000</source>
        <comment>values/16/finding</comment>
        <translation>Standardport von Rocket: 8000</translation>
    </message>
    <message>
        <source>listens on all interfaces, port {value}</source>
        <comment>values/17/finding</comment>
        <translation>lauscht auf allen Interfaces, Port {value}</translation>
    </message>
    <message>
        <source>SocketAddr on 0.0.0.0, port {value}</source>
        <comment>values/18/finding</comment>
        <translation>SocketAddr auf 0.0.0.0, Port {value}</translation>
    </message>
    <message>
        <source>binds (&quot;0.0.0.0&quot;, {value})</source>
        <comment>values/19/finding</comment>
        <translation>bindet (&quot;0.0.0.0&quot;, {value})</translation>
    </message>
</context>
<context>
    <name>template/php</name>
    <message>
        <source>The official PHP-FPM image on Alpine: the smallest PHP runtime, musl libc. The official images have no Apache variant on Alpine.</source>
        <comment>bases/alpine/description</comment>
        <translation>Das offizielle PHP-FPM-Image auf Alpine: die kleinste PHP-Runtime, musl-libc. Die offiziellen Images haben auf Alpine keine Apache-Variante.</translation>
    </message>
    <message>
        <source>Alpine (PHP-FPM)</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine (PHP-FPM)</translation>
    </message>
    <message>
        <source>the official PHP images have no Apache variant on Alpine: choose the Debian base (slim) for Apache, or the fpm server</source>
        <comment>bases/alpine/unavailableOptions/server</comment>
        <translation>die offiziellen PHP-Images haben auf Alpine keine Apache-Variante: Wählen Sie für Apache die Debian-Basis (slim) oder den Server fpm</translation>
    </message>
    <message>
        <source>The official PHP image on Debian 13 (itself built on debian:trixie-slim): glibc, apt for extra libraries, and the only base with an Apache variant.</source>
        <comment>bases/slim/description</comment>
        <translation>Das offizielle PHP-Image auf Debian 13 (selbst auf debian:trixie-slim gebaut): glibc, apt für zusätzliche Bibliotheken und die einzige Basis mit einer Apache-Variante.</translation>
    </message>
    <message>
        <source>Debian (PHP-FPM or Apache)</source>
        <comment>bases/slim/name</comment>
        <translation>Debian (PHP-FPM oder Apache)</translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless</translation>
    </message>
    <message>
        <source>there is no distroless PHP image: PHP needs its interpreter, its extensions and their shared libraries; choose Alpine for the smallest PHP image</source>
        <comment>bases/distroless/unsupported</comment>
        <translation>es gibt kein Distroless-PHP-Image: PHP braucht seinen Interpreter, seine Extensions und deren Shared Libraries; wählen Sie Alpine für das kleinste PHP-Image</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>PHP programs need the interpreter, its extensions and libc, and scratch holds nothing at all; choose Alpine for the smallest PHP image</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>PHP-Programme brauchen den Interpreter, seine Extensions und die libc, und scratch enthält gar nichts; wählen Sie Alpine für das kleinste PHP-Image</translation>
    </message>
    <message>
        <source>A PHP application (plain, Laravel or Symfony): Composer installs the locked dependencies in a build stage, and the official PHP image with the extensions the project requires serves it with PHP-FPM (behind your web server) or Apache.</source>
        <comment>description</comment>
        <translation>Eine PHP-Anwendung (ohne Framework, Laravel oder Symfony): Composer installiert die gelockten Abhängigkeiten in einer Build-Stage, und das offizielle PHP-Image mit den Extensions, die das Projekt verlangt, liefert sie mit PHP-FPM (hinter Ihrem Webserver) oder Apache aus.</translation>
    </message>
    <message>
        <source>PHP 8.5</source>
        <comment>languageVersions/8.5/name</comment>
        <translation>PHP 8.5</translation>
    </message>
    <message>
        <source>PHP 8.4</source>
        <comment>languageVersions/8.4/name</comment>
        <translation>PHP 8.4</translation>
    </message>
    <message>
        <source>PHP 8.3 (security fixes only)</source>
        <comment>languageVersions/8.3/name</comment>
        <translation>PHP 8.3 (nur noch Sicherheitskorrekturen)</translation>
    </message>
    <message>
        <source>PHP 8.2 (security fixes only, end of life 2026-12-31)</source>
        <comment>languageVersions/8.2/name</comment>
        <translation>PHP 8.2 (nur noch Sicherheitskorrekturen, End of Life 2026-12-31)</translation>
    </message>
    <message>
        <source>PHP</source>
        <comment>name</comment>
        <translation>PHP</translation>
    </message>
    <message>
        <source>fpm or apache: PHP-FPM speaks FastCGI and needs a web server such as nginx in front of it; apache serves HTTP itself with mod_php (Debian base only)</source>
        <comment>options/server/help</comment>
        <translation>fpm oder apache: PHP-FPM spricht FastCGI und braucht einen Webserver wie nginx davor; apache liefert HTTP selbst mit mod_php aus (nur Debian-Basis)</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>options/server/label</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>none, laravel or symfony: where the document root is (public/) and which folders the app writes (Laravel storage/ and bootstrap/cache/, Symfony var/)</source>
        <comment>options/framework/help</comment>
        <translation>none, laravel oder symfony: wo das Document Root liegt (public/) und in welche Ordner die App schreibt (Laravel storage/ und bootstrap/cache/, Symfony var/)</translation>
    </message>
    <message>
        <source>Framework layout</source>
        <comment>options/framework/label</comment>
        <translation>Framework-Layout</translation>
    </message>
    <message>
        <source>extensions composer.json requires (ext-*) that the official image does not ship, e.g. intl pdo_mysql zip, separated by spaces; install-php-extensions builds each with its system libraries</source>
        <comment>options/extensions/help</comment>
        <translation>Extensions, die composer.json verlangt (ext-*) und die das offizielle Image nicht mitbringt, z. B. intl pdo_mysql zip, durch Leerzeichen getrennt; install-php-extensions baut jede mit ihren Systembibliotheken</translation>
    </message>
    <message>
        <source>PHP extensions</source>
        <comment>options/extensions/label</comment>
        <translation>PHP-Extensions</translation>
    </message>
    <message>
        <source>Composer installs exactly the versions composer.lock records, without the require-dev packages.</source>
        <comment>packageManagers/composer/description</comment>
        <translation>Composer installiert genau die Versionen, die composer.lock festhält, ohne die require-dev-Pakete.</translation>
    </message>
    <message>
        <source>Composer</source>
        <comment>packageManagers/composer/name</comment>
        <translation>Composer</translation>
    </message>
    <message>
        <source>the www-data user and group of the PHP images (33 on Debian, 82 on Alpine)</source>
        <comment>reservedIds/owner</comment>
        <translation>der Benutzer und die Gruppe www-data der PHP-Images (33 auf Debian, 82 auf Alpine)</translation>
    </message>
    <message>
        <source>The naive build: the PHP server, Composer with its cache, unzip, the dependencies and the sources in one image.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: der PHP-Server, Composer mit seinem Cache, unzip, die Abhängigkeiten und die Quellen in einem Image.</translation>
    </message>
    <message>
        <source>The Composer release pinned by version, as a stage of its own so the build stage can copy the single composer binary out of it; its own PHP never runs the install.</source>
        <comment>stages/composer/explain</comment>
        <translation>Das per Version gepinnte Composer-Release als eigene Stage, damit die Build-Stage das einzelne composer-Binary daraus kopieren kann; sein eigenes PHP führt die Installation nie aus.</translation>
    </message>
    <message>
        <source>The PHP runtime both later stages share: the official image of the chosen server at the chosen PHP version, with the project&apos;s extensions and production settings, so Composer checks the platform the app will really run on.</source>
        <comment>stages/base/explain</comment>
        <translation>Die PHP-Runtime, die beide späteren Stages teilen: das offizielle Image des gewählten Servers in der gewählten PHP-Version, mit den Extensions und Produktionseinstellungen des Projekts, damit Composer genau die Plattform prüft, auf der die App wirklich laufen wird.</translation>
    </message>
    <message>
        <source>Installs the Composer dependencies and writes the optimised autoloader. Composer, its cache and unzip stay in this stage.</source>
        <comment>stages/build/explain</comment>
        <translation>Installiert die Composer-Abhängigkeiten und schreibt den optimierten Autoloader. Composer, sein Cache und unzip bleiben in dieser Stage.</translation>
    </message>
    <message>
        <source>Takes only the composer binary from the pinned Composer image, so it runs on this stage&apos;s PHP and extensions and checks the project&apos;s platform requirements (ext-*, php) against them.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Übernimmt nur das composer-Binary aus dem gepinnten Composer-Image, damit es auf dem PHP und den Extensions dieser Stage läuft und die Plattformanforderungen des Projekts (ext-*, php) gegen sie prüft.</translation>
    </message>
    <message>
        <source>Composer runs as root in this throwaway stage, which it would otherwise warn about; its download cache goes to a fixed folder that a cache mount keeps between builds (outside the composer image, Composer would pick a folder under the home directory).</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Composer läuft in dieser Wegwerf-Stage als root, wovor es sonst warnen würde; sein Download-Cache kommt in einen festen Ordner, den ein Cache-Mount zwischen Builds erhält (außerhalb des composer-Images würde Composer einen Ordner im Home-Verzeichnis wählen).</translation>
    </message>
    <message>
        <source>Composer runs as root in this throwaway stage, which it would otherwise warn about.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Composer läuft in dieser Wegwerf-Stage als root, wovor es sonst warnen würde.</translation>
    </message>
    <message>
        <source>The application is assembled in /app; the runtime stage copies the finished folder.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Die Anwendung wird in /app zusammengestellt; die Runtime-Stage kopiert den fertigen Ordner.</translation>
    </message>
    <message>
        <source>Installs exactly what composer.lock records into vendor/, without the require-dev packages. The two files are bind-mounted, so this step reruns only when they change; scripts and the autoloader wait until the sources are there, and the downloads stay in the cache mount, outside the image.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Installiert genau das, was composer.lock festhält, nach vendor/, ohne die require-dev-Pakete. Die beiden Dateien sind per Bind-Mount eingebunden, daher läuft dieser Schritt nur neu, wenn sie sich ändern; Skripte und Autoloader warten, bis die Quellen da sind, und die Downloads bleiben im Cache-Mount, außerhalb des Images.</translation>
    </message>
    <message>
        <source>Installs exactly what composer.lock records into vendor/, without the require-dev packages. The two files are bind-mounted, so this step reruns only when they change; scripts and the autoloader wait until the sources are there, and --no-cache keeps Composer&apos;s download cache out of the layer.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation>Installiert genau das, was composer.lock festhält, nach vendor/, ohne die require-dev-Pakete. Die beiden Dateien sind per Bind-Mount eingebunden, daher läuft dieser Schritt nur neu, wenn sie sich ändern; Skripte und Autoloader warten, bis die Quellen da sind, und --no-cache hält Composers Download-Cache aus dem Layer heraus.</translation>
    </message>
    <message>
        <source>Copies the sources after the dependencies, so editing code reruns only the steps from here on. .dockerignore keeps vendor/, .git and local secrets out.</source>
        <comment>stages/build/instructions/7/explain</comment>
        <translation>Kopiert die Quellen nach den Abhängigkeiten, sodass eine Codeänderung nur die Schritte ab hier erneut ausführt. .dockerignore hält vendor/, .git und lokale Secrets fern.</translation>
    </message>
    <message>
        <source>The image that ships: PHP with the project&apos;s extensions, the application and its vendor/ folder, without Composer, its cache or unzip.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: PHP mit den Extensions des Projekts, die Anwendung und ihr vendor/-Ordner, ohne Composer, seinen Cache oder unzip.</translation>
    </message>
    <message>
        <source>The official images serve /var/www/html (Apache&apos;s document root, PHP-FPM&apos;s working folder).</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Die offiziellen Images liefern /var/www/html aus (das Document Root von Apache, der Arbeitsordner von PHP-FPM).</translation>
    </message>
    <message>
        <source>Takes the finished application with its vendor/ folder and autoloader. It stays owned by root on purpose: the app user can read the code but not change it.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Übernimmt die fertige Anwendung mit ihrem vendor/-Ordner und Autoloader. Sie gehört absichtlich weiter root: Der App-Benutzer kann den Code lesen, aber nicht ändern.</translation>
    </message>
</context>
<context>
    <name>template/python</name>
    <message>
        <source>Small, but musl libc: only packages that publish musllinux wheels install without compiling, and the builder must be Alpine too.</source>
        <comment>bases/alpine/description</comment>
        <translation>Klein, aber musl-libc: Nur Pakete, die musllinux-Wheels veröffentlichen, installieren sich ohne Kompilieren, und der Builder muss ebenfalls Alpine sein.</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>The official Python image on Debian without extras: manylinux wheels just work, and a shell is there for debugging.</source>
        <comment>bases/slim/description</comment>
        <translation>Das offizielle Python-Image auf Debian ohne Extras: manylinux-Wheels funktionieren einfach, und zur Fehlersuche gibt es eine Shell.</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>Debian&apos;s own Python 3.13 and nothing else: no shell or package manager. The environment is built on Debian 13 so the interpreter paths match. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation>Debians eigenes Python 3.13 und sonst nichts: keine Shell, kein Paketmanager. Die Umgebung wird auf Debian 13 gebaut, damit die Interpreterpfade übereinstimmen. Läuft immer als sein nonroot-Benutzer.</translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>Python programs need the interpreter, its standard library and libc, and scratch holds nothing at all; choose distroless for the smallest Python image.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>Python-Programme brauchen den Interpreter, seine Standardbibliothek und die libc, und scratch enthält überhaupt nichts; wählen Sie Distroless für das kleinste Python-Image.</translation>
    </message>
    <message>
        <source>A Python web service: dependencies installed into a virtual environment in a builder stage, copied onto a runtime with the same interpreter.</source>
        <comment>description</comment>
        <translation>Ein Python-Webdienst: Abhängigkeiten in einer Builder-Stage in ein virtuelles Environment installiert und auf eine Laufzeit mit demselben Interpreter kopiert.</translation>
    </message>
    <message>
        <source>Python 3.14</source>
        <comment>languageVersions/3.14/name</comment>
        <translation>Python 3.14</translation>
    </message>
    <message>
        <source>gcr.io/distroless/python3-debian13 ships Debian&apos;s Python 3.13, and a virtual environment only runs on the Python version it was built with: choose Python 3.13 for distroless, or the slim base</source>
        <comment>languageVersions/3.14/unavailableBases/distroless</comment>
        <translation>gcr.io/distroless/python3-debian13 bringt Debians Python 3.13 mit, und ein virtuelles Environment läuft nur mit der Python-Version, mit der es gebaut wurde: Wählen Sie Python 3.13 für Distroless oder die slim-Basis</translation>
    </message>
    <message>
        <source>Python 3.13</source>
        <comment>languageVersions/3.13/name</comment>
        <translation>Python 3.13</translation>
    </message>
    <message>
        <source>Python 3.12 (security fixes only)</source>
        <comment>languageVersions/3.12/name</comment>
        <translation>Python 3.12 (nur Sicherheitskorrekturen)</translation>
    </message>
    <message>
        <source>gcr.io/distroless/python3-debian13 ships Debian&apos;s Python 3.13, and a virtual environment only runs on the Python version it was built with: choose Python 3.13 for distroless, or the slim base</source>
        <comment>languageVersions/3.12/unavailableBases/distroless</comment>
        <translation>gcr.io/distroless/python3-debian13 bringt Debians Python 3.13 mit, und ein virtuelles Environment läuft nur mit der Python-Version, mit der es gebaut wurde: Wählen Sie Python 3.13 für Distroless oder die slim-Basis</translation>
    </message>
    <message>
        <source>Python</source>
        <comment>name</comment>
        <translation>Python</translation>
    </message>
    <message>
        <source>pip installs requirements.txt when the project has one; a standard-library-only app has none, and its environment stays empty</source>
        <comment>options/requirements/help</comment>
        <translation>pip installiert requirements.txt, wenn das Projekt eine hat; eine App nur mit der Standardbibliothek hat keine, und ihr Environment bleibt leer</translation>
    </message>
    <message>
        <source>requirements.txt exists</source>
        <comment>options/requirements/label</comment>
        <translation>requirements.txt vorhanden</translation>
    </message>
    <message>
        <source>uv and Poetry: install the project&apos;s own package after its sources are copied (src layout, [project.scripts] entry points in .venv/bin)</source>
        <comment>options/installProject/help</comment>
        <translation>uv und Poetry: das projekteigene Paket installieren, nachdem seine Quellen kopiert sind (src-Layout, [project.scripts]-Einstiegspunkte in .venv/bin)</translation>
    </message>
    <message>
        <source>Install the project itself</source>
        <comment>options/installProject/label</comment>
        <translation>Das Projekt selbst installieren</translation>
    </message>
    <message>
        <source>run python manage.py collectstatic in the build stage (settings.py sets STATIC_ROOT)</source>
        <comment>options/collectStatic/help</comment>
        <translation>python manage.py collectstatic in der Build-Stage ausführen (settings.py setzt STATIC_ROOT)</translation>
    </message>
    <message>
        <source>Django collectstatic</source>
        <comment>options/collectStatic/label</comment>
        <translation>Django collectstatic</translation>
    </message>
    <message>
        <source>the folder STATIC_ROOT names, relative to the project: collectstatic writes it in the build stage and the image copies it</source>
        <comment>options/staticRoot/help</comment>
        <translation>der Ordner, den STATIC_ROOT nennt, relativ zum Projekt: collectstatic schreibt ihn in der Build-Stage, und das Image kopiert ihn</translation>
    </message>
    <message>
        <source>Django STATIC_ROOT</source>
        <comment>options/staticRoot/label</comment>
        <translation>Django STATIC_ROOT</translation>
    </message>
    <message>
        <source>system packages the build stage needs to compile sdists (e.g. gcc libpq-dev on Debian, gcc musl-dev on Alpine), separated by spaces; they never reach the runtime image</source>
        <comment>options/buildPackages/help</comment>
        <translation>Systempakete, die die Build-Stage zum Kompilieren von sdists braucht (z. B. gcc libpq-dev unter Debian, gcc musl-dev unter Alpine), durch Leerzeichen getrennt; sie erreichen das Laufzeit-Image nie</translation>
    </message>
    <message>
        <source>Extra build packages</source>
        <comment>options/buildPackages/label</comment>
        <translation>Zusätzliche Build-Pakete</translation>
    </message>
    <message>
        <source>pip installs the pinned versions listed in requirements.txt into a virtual environment.</source>
        <comment>packageManagers/pip/description</comment>
        <translation>pip installiert die in requirements.txt gepinnten Versionen in ein virtuelles Environment.</translation>
    </message>
    <message>
        <source>pip (requirements.txt)</source>
        <comment>packageManagers/pip/name</comment>
        <translation>pip (requirements.txt)</translation>
    </message>
    <message>
        <source>Poetry installs exactly what poetry.lock records (main group only) into an in-project virtual environment.</source>
        <comment>packageManagers/poetry/description</comment>
        <translation>Poetry installiert genau das, was poetry.lock festhält (nur die Gruppe main), in ein virtuelles Environment im Projekt.</translation>
    </message>
    <message>
        <source>Poetry</source>
        <comment>packageManagers/poetry/name</comment>
        <translation>Poetry</translation>
    </message>
    <message>
        <source>uv syncs the virtual environment to uv.lock, failing if the lock is out of date with pyproject.toml.</source>
        <comment>packageManagers/uv/description</comment>
        <translation>uv gleicht das virtuelle Environment mit uv.lock ab und scheitert, wenn das Lock nicht mehr zu pyproject.toml passt.</translation>
    </message>
    <message>
        <source>uv</source>
        <comment>packageManagers/uv/name</comment>
        <translation>uv</translation>
    </message>
    <message>
        <source>The naive build: the full Python image with compilers and headers, the dependencies, the packaging tools and the sources in one image.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: das volle Python-Image mit Compilern und Headern, den Abhängigkeiten, den Paketierwerkzeugen und den Quellen in einem Image.</translation>
    </message>
    <message>
        <source>Quiet pip without a download cache, and unbuffered logs.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation>pip ohne Meldungen und ohne Download-Cache, und ungepufferte Logs.</translation>
    </message>
    <message>
        <source>Poetry creates the environment in /app/.venv.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Poetry legt das Environment in /app/.venv an.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids, early, so this layer is never rebuilt.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Legt früh einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an, damit dieser Layer nie neu gebaut wird.</translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Die Anwendung liegt in /app.</translation>
    </message>
    <message>
        <source>Installs a pinned Poetry next to the app, where it stays.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Installiert ein gepinntes Poetry neben der App, wo es bleibt.</translation>
    </message>
    <message>
        <source>Installs a pinned uv next to the app, where it stays.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Installiert ein gepinntes uv neben der App, wo es bleibt.</translation>
    </message>
    <message>
        <source>Copies the dependency manifests first so the install layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Kopiert zuerst die Abhängigkeitsmanifeste, damit der Install-Layer wiederverwendet wird, solange sie sich nicht ändern.</translation>
    </message>
    <message>
        <source>Installs the dependencies into the image&apos;s system Python.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Installiert die Abhängigkeiten in das System-Python des Images.</translation>
    </message>
    <message>
        <source>Installs the locked main dependencies; Poetry&apos;s download cache stays in the image.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Installiert die gelockten main-Abhängigkeiten; Poetrys Download-Cache bleibt im Image.</translation>
    </message>
    <message>
        <source>Installs the locked dependencies; uv&apos;s download cache stays in the image.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Installiert die gelockten Abhängigkeiten; uvs Download-Cache bleibt im Image.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Installs the project itself with its entry points.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation>Installiert das Projekt selbst mit seinen Einstiegspunkten.</translation>
    </message>
    <message>
        <source>Installs the project itself with its entry points.</source>
        <comment>singleStage/0/instructions/12/explain</comment>
        <translation>Installiert das Projekt selbst mit seinen Einstiegspunkten.</translation>
    </message>
    <message>
        <source>Collects the static files; the placeholder secret key is set for this command only.</source>
        <comment>singleStage/0/instructions/13/explain</comment>
        <translation>Sammelt die statischen Dateien; der Platzhalter-Secret-Key ist nur für diesen Befehl gesetzt.</translation>
    </message>
    <message>
        <source>Puts the environment&apos;s programs first on PATH.</source>
        <comment>singleStage/0/instructions/14/explain</comment>
        <translation>Stellt die Programme des Environments im PATH nach vorn.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/15/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/16/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>Starts the server in exec form.</source>
        <comment>singleStage/0/instructions/17/explain</comment>
        <translation>Startet den Server in Exec-Form.</translation>
    </message>
    <message>
        <source>The uv release pinned by version, as a stage of its own so the builder can copy the single uv binary out of it.</source>
        <comment>stages/uv/explain</comment>
        <translation>Das per Version gepinnte uv-Release, als eigene Stage, damit der Builder das einzelne uv-Binary daraus kopieren kann.</translation>
    </message>
    <message>
        <source>Builds the virtual environment with the same interpreter, at the same path, as the runtime image: a venv refers to its Python by absolute path and only works where that Python exists.</source>
        <comment>stages/build/explain</comment>
        <translation>Baut das virtuelle Environment mit demselben Interpreter, unter demselben Pfad, wie das Laufzeit-Image: Ein venv verweist per absolutem Pfad auf sein Python und funktioniert nur, wo dieses Python existiert.</translation>
    </message>
    <message>
        <source>Installs Debian&apos;s Python 3.13 with its venv module: the same interpreter, at /usr/bin, that the distroless image runs. The version pattern refuses any other minor version. docker-clean is removed so the apt cache mounts actually keep the downloaded packages.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation>Installiert Debians Python 3.13 mit seinem venv-Modul: derselbe Interpreter unter /usr/bin, den das Distroless-Image ausführt. Das Versionsmuster lehnt jede andere Minor-Version ab. docker-clean wird entfernt, damit die apt-Cache-Mounts die heruntergeladenen Pakete tatsächlich behalten.</translation>
    </message>
    <message>
        <source>Installs Debian&apos;s Python 3.13 with its venv module: the same interpreter, at /usr/bin, that the distroless image runs. The version pattern refuses any other minor version; the package lists are removed in the same layer.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Installiert Debians Python 3.13 mit seinem venv-Modul: derselbe Interpreter unter /usr/bin, den das Distroless-Image ausführt. Das Versionsmuster lehnt jede andere Minor-Version ab; die Paketlisten werden im selben Layer entfernt.</translation>
    </message>
    <message>
        <source>Installs the extra packages the build needs (compilers and headers for packages without a wheel). They stay in this stage: the runtime image gets only the finished environment.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Installiert die zusätzlichen Pakete, die der Build braucht (Compiler und Header für Pakete ohne Wheel). Sie bleiben in dieser Stage: Das Laufzeit-Image bekommt nur das fertige Environment.</translation>
    </message>
    <message>
        <source>Installs the extra packages the build needs (compilers and headers for packages without a wheel). They stay in this stage: the runtime image gets only the finished environment.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Installiert die zusätzlichen Pakete, die der Build braucht (Compiler und Header für Pakete ohne Wheel). Sie bleiben in dieser Stage: Das Laufzeit-Image bekommt nur das fertige Environment.</translation>
    </message>
    <message>
        <source>Stops pip from checking for a newer pip on every run.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Verhindert, dass pip bei jedem Lauf nach einem neueren pip sucht.</translation>
    </message>
    <message>
        <source>Stops pip from checking for a newer pip, and from keeping a download cache in the layer (there is no cache mount to hold it).</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Verhindert, dass pip nach einem neueren pip sucht und einen Download-Cache im Layer behält (es gibt keinen Cache-Mount, der ihn aufnähme).</translation>
    </message>
    <message>
        <source>Makes Poetry create the virtual environment in /app/.venv. Its default is inside its cache folder, which would land in the cache mount and never reach the image.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation>Lässt Poetry das virtuelle Environment in /app/.venv anlegen. Sein Standard liegt in seinem Cache-Ordner, der im Cache-Mount landen und das Image nie erreichen würde.</translation>
    </message>
    <message>
        <source>Precompiles bytecode for faster starts, copies files out of the cache (it is on another filesystem, so links would fail), and forbids downloading a Python: the image&apos;s own interpreter must be used, the one the runtime has too.</source>
        <comment>stages/build/instructions/7/explain</comment>
        <translation>Kompiliert Bytecode vorab für schnellere Starts, kopiert Dateien aus dem Cache (er liegt auf einem anderen Dateisystem, Links würden scheitern) und verbietet das Herunterladen eines Pythons: Der Interpreter des Images muss verwendet werden, derselbe, den auch die Laufzeit hat.</translation>
    </message>
    <message>
        <source>Takes only the uv binary from the pinned uv image; it is a build tool and never reaches the runtime image.</source>
        <comment>stages/build/instructions/8/explain</comment>
        <translation>Übernimmt nur das uv-Binary aus dem gepinnten uv-Image; es ist ein Build-Werkzeug und erreicht das Laufzeit-Image nie.</translation>
    </message>
    <message>
        <source>Installs a pinned Poetry into an environment of its own, apart from the app&apos;s, so Poetry and its dependencies never reach the image. This layer changes only with the base image, so it needs no cache mount.</source>
        <comment>stages/build/instructions/9/explain</comment>
        <translation>Installiert ein gepinntes Poetry in ein eigenes Environment, getrennt von dem der App, damit Poetry und seine Abhängigkeiten das Image nie erreichen. Dieser Layer ändert sich nur mit dem Basis-Image und braucht daher keinen Cache-Mount.</translation>
    </message>
    <message>
        <source>The environment is built at /app/.venv, the path it will have in the runtime image.</source>
        <comment>stages/build/instructions/10/explain</comment>
        <translation>Das Environment wird unter /app/.venv gebaut, dem Pfad, den es im Laufzeit-Image haben wird.</translation>
    </message>
    <message>
        <source>Creates the virtual environment the app runs with; the project has no requirements.txt, so there is nothing to install into it.</source>
        <comment>stages/build/instructions/11/explain</comment>
        <translation>Legt das virtuelle Environment an, in dem die App läuft; das Projekt hat keine requirements.txt, daher gibt es nichts hineinzuinstallieren.</translation>
    </message>
    <message>
        <source>Creates the virtual environment and installs the versions requirements.txt pins (pip compiles their bytecode). The file is bind-mounted, not copied: no layer, and this step reruns only when it changes.</source>
        <comment>stages/build/instructions/12/explain</comment>
        <translation>Legt das virtuelle Environment an und installiert die Versionen, die requirements.txt pinnt (pip kompiliert ihren Bytecode). Die Datei ist per Bind-Mount eingebunden, nicht kopiert: kein Layer, und dieser Schritt läuft nur bei ihrer Änderung erneut.</translation>
    </message>
    <message>
        <source>Makes /app/.venv match poetry.lock exactly: main dependencies only, not the project itself (its sources are copied later), with bytecode compiled. Poetry fails instead of guessing if the lock no longer matches pyproject.toml.</source>
        <comment>stages/build/instructions/13/explain</comment>
        <translation>Bringt /app/.venv exakt auf den Stand von poetry.lock: nur main-Abhängigkeiten, nicht das Projekt selbst (seine Quellen werden später kopiert), mit kompiliertem Bytecode. Poetry scheitert, statt zu raten, wenn das Lock nicht mehr zu pyproject.toml passt.</translation>
    </message>
    <message>
        <source>Makes /app/.venv match uv.lock: --locked fails if the lock is out of date, --no-dev leaves development tools out, and the project itself is not installed because its sources are copied later.</source>
        <comment>stages/build/instructions/14/explain</comment>
        <translation>Bringt /app/.venv auf den Stand von uv.lock: --locked scheitert, wenn das Lock veraltet ist, --no-dev lässt Entwicklungswerkzeuge weg, und das Projekt selbst wird nicht installiert, weil seine Quellen später kopiert werden.</translation>
    </message>
    <message>
        <source>Copies the sources into the build stage, after the dependencies, so the project itself can be installed; editing code reruns only the steps from here on.</source>
        <comment>stages/build/instructions/15/explain</comment>
        <translation>Kopiert die Quellen nach den Abhängigkeiten in die Build-Stage, damit das Projekt selbst installiert werden kann; eine Codeänderung führt nur die Schritte ab hier erneut aus.</translation>
    </message>
    <message>
        <source>Copies the sources into the build stage, after the dependencies, so Django can collect the static files.</source>
        <comment>stages/build/instructions/16/explain</comment>
        <translation>Kopiert die Quellen nach den Abhängigkeiten in die Build-Stage, damit Django die statischen Dateien sammeln kann.</translation>
    </message>
    <message>
        <source>Installs the project itself into /app/.venv, not as a link to the sources, with its [project.scripts] entry points in .venv/bin.</source>
        <comment>stages/build/instructions/17/explain</comment>
        <translation>Installiert das Projekt selbst nach /app/.venv, nicht als Link auf die Quellen, mit seinen [project.scripts]-Einstiegspunkten in .venv/bin.</translation>
    </message>
    <message>
        <source>Installs the project itself (Poetry installs it editable, pointing at /app, where the runtime image has the sources too), with its [project.scripts] entry points in .venv/bin.</source>
        <comment>stages/build/instructions/18/explain</comment>
        <translation>Installiert das Projekt selbst (Poetry installiert es editierbar, mit Verweis auf /app, wo auch das Laufzeit-Image die Quellen hat), mit seinen [project.scripts]-Einstiegspunkten in .venv/bin.</translation>
    </message>
    <message>
        <source>Collects the static files into STATIC_ROOT at build time. The placeholder secret key is set for this command only: it is in no ENV and never reaches the image.</source>
        <comment>stages/build/instructions/19/explain</comment>
        <translation>Sammelt die statischen Dateien zur Build-Zeit in STATIC_ROOT. Der Platzhalter-Secret-Key ist nur für diesen Befehl gesetzt: Er steht in keinem ENV und erreicht das Image nie.</translation>
    </message>
    <message>
        <source>The image that ships: the interpreter, the virtual environment and the sources, without pip&apos;s cache, build tools or lockfile tooling.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: der Interpreter, das virtuelle Environment und die Quellen, ohne pips Cache, Build-Werkzeuge oder Lockfile-Werkzeuge.</translation>
    </message>
    <message>
        <source>No .pyc files written at run time (the dependencies were compiled at build time), log lines leave Python immediately instead of waiting in a buffer, and the environment&apos;s programs come first on PATH.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Zur Laufzeit werden keine .pyc-Dateien geschrieben (die Abhängigkeiten wurden beim Build kompiliert), Logzeilen verlassen Python sofort, statt in einem Puffer zu warten, und die Programme des Environments stehen im PATH vorn.</translation>
    </message>
    <message>
        <source>The application lives in /app, next to its environment.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Die Anwendung liegt in /app, neben ihrem Environment.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt).</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
    <message>
        <source>Takes the finished virtual environment, at the same path it was built at, owned by the app user without a separate chown layer.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Übernimmt das fertige virtuelle Environment unter demselben Pfad, unter dem es gebaut wurde, im Besitz des App-Benutzers, ohne eigenen chown-Layer.</translation>
    </message>
    <message>
        <source>Copies the sources last, so editing code never rebuilds the environment. .dockerignore keeps .venv, caches, .git and secrets out.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Kopiert die Quellen zuletzt, damit eine Codeänderung das Environment nie neu baut. .dockerignore hält .venv, Caches, .git und Secrets heraus.</translation>
    </message>
    <message>
        <source>Takes the static files collectstatic gathered in the build stage.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Übernimmt die statischen Dateien, die collectstatic in der Build-Stage gesammelt hat.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus. Numerische IDs brauchen keinen passwd-Lookup und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it keeps the intent visible. Its only root variant is the unversioned :latest tag, so this base always runs unprivileged.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von Distroless (65532), den der Tag :nonroot bereits wählt; ihn anzugeben, macht die Absicht sichtbar. Die einzige root-Variante ist der unversionierte Tag :latest, daher läuft diese Basis immer unprivilegiert.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering. Python&apos;s own urllib fails on errors and HTTP status 400 and up, so no curl or shell is needed.</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet. Pythons eigenes urllib scheitert bei Fehlern und ab HTTP-Status 400, daher sind weder curl noch eine Shell nötig.</translation>
    </message>
    <message>
        <source>Starts the server directly in exec form, so it is PID 1 and receives SIGTERM on docker stop.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation>Startet den Server direkt in Exec-Form, sodass er PID 1 ist und bei docker stop das SIGTERM erhält.</translation>
    </message>
    <message>
        <source>Replaces distroless&apos;s python3 entrypoint with the full command in exec form; there is no shell to run anything else.</source>
        <comment>stages/runtime/instructions/12/explain</comment>
        <translation>Ersetzt den python3-Entrypoint von Distroless durch den vollständigen Befehl in Exec-Form; es gibt keine Shell, um etwas anderes auszuführen.</translation>
    </message>
    <message>
        <source>lockfile uv.lock</source>
        <comment>detect/values/0/finding</comment>
        <translation>Lockfile uv.lock</translation>
    </message>
    <message>
        <source>lockfile poetry.lock</source>
        <comment>detect/values/1/finding</comment>
        <translation>Lockfile poetry.lock</translation>
    </message>
    <message>
        <source>[tool.uv]</source>
        <comment>detect/values/2/finding</comment>
        <translation>[tool.uv]</translation>
    </message>
    <message>
        <source>[tool.poetry]</source>
        <comment>detect/values/3/finding</comment>
        <translation>[tool.poetry]</translation>
    </message>
    <message>
        <source>build-backend poetry</source>
        <comment>detect/values/4/finding</comment>
        <translation>build-backend poetry</translation>
    </message>
    <message>
        <source>{file}</source>
        <comment>detect/values/5/finding</comment>
        <translation>{file}</translation>
    </message>
    <message>
        <source>Python {value}</source>
        <comment>detect/values/6/finding</comment>
        <translation>Python {value}</translation>
    </message>
    <message>
        <source>{value}</source>
        <comment>detect/values/7/finding</comment>
        <translation>{value}</translation>
    </message>
    <message>
        <source>python {value}</source>
        <comment>detect/values/8/finding</comment>
        <translation>python {value}</translation>
    </message>
    <message>
        <source>requires-python &quot;{value}&quot;</source>
        <comment>detect/values/9/finding</comment>
        <translation>requires-python &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>tool.poetry.dependencies.python &quot;{value}&quot;</source>
        <comment>detect/values/10/finding</comment>
        <translation>tool.poetry.dependencies.python &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>requires.python_version &quot;{value}&quot;</source>
        <comment>detect/values/11/finding</comment>
        <translation>requires.python_version &quot;{value}&quot;</translation>
    </message>
</context>
<context>
    <name>template/ruby</name>
    <message>
        <source>The official Ruby image on Alpine: small, but musl libc, so gems with native extensions compile from source unless they publish musl builds.</source>
        <comment>bases/alpine/description</comment>
        <translation>Das offizielle Ruby-Image auf Alpine: klein, aber mit musl-libc, daher werden Gems mit nativen Extensions aus dem Quellcode kompiliert, sofern sie keine musl-Builds veröffentlichen.</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>The official Ruby image on Debian 13 slim, as the Rails generator uses: glibc, so precompiled native gems just work.</source>
        <comment>bases/slim/description</comment>
        <translation>Das offizielle Ruby-Image auf Debian 13 slim, wie es der Rails-Generator verwendet: glibc, daher funktionieren vorkompilierte native Gems einfach.</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless</translation>
    </message>
    <message>
        <source>there is no distroless Ruby image: Ruby needs its interpreter, its standard library and the shared libraries of native gems; choose Debian slim or Alpine</source>
        <comment>bases/distroless/unsupported</comment>
        <translation>es gibt kein Distroless-Ruby-Image: Ruby braucht seinen Interpreter, seine Standardbibliothek und die Shared Libraries nativer Gems; wählen Sie Debian slim oder Alpine</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>Ruby programs need the interpreter, its standard library and libc, and scratch holds nothing at all; choose Alpine for the smallest Ruby image</source>
        <comment>bases/scratch/unsupported</comment>
        <translation>Ruby-Programme brauchen den Interpreter, seine Standardbibliothek und die libc, und scratch enthält gar nichts; wählen Sie Alpine für das kleinste Ruby-Image</translation>
    </message>
    <message>
        <source>A Ruby web application (Rails or a plain Rack app such as Sinatra): Bundler installs the locked gems without the development and test groups in a build stage, Rails precompiles its assets there, and the runtime gets the gems and the app on the same Ruby image.</source>
        <comment>description</comment>
        <translation>Eine Ruby-Webanwendung (Rails oder eine schlichte Rack-App wie Sinatra): Bundler installiert die gelockten Gems ohne die Gruppen development und test in einer Build-Stage, Rails kompiliert dort seine Assets vor, und die Runtime bekommt die Gems und die App auf demselben Ruby-Image.</translation>
    </message>
    <message>
        <source>Ruby 4.0</source>
        <comment>languageVersions/4.0/name</comment>
        <translation>Ruby 4.0</translation>
    </message>
    <message>
        <source>Ruby 3.4</source>
        <comment>languageVersions/3.4/name</comment>
        <translation>Ruby 3.4</translation>
    </message>
    <message>
        <source>Ruby 3.3 (security fixes only, end of life 2027-03-31)</source>
        <comment>languageVersions/3.3/name</comment>
        <translation>Ruby 3.3 (nur noch Sicherheitskorrekturen, End of Life 2027-03-31)</translation>
    </message>
    <message>
        <source>Ruby</source>
        <comment>name</comment>
        <translation>Ruby</translation>
    </message>
    <message>
        <source>rails or rack: Rails precompiles assets and bootsnap caches at build time and writes to log/, tmp/, storage/ and db/; a plain Rack app (Sinatra, Roda, Hanami) runs from config.ru</source>
        <comment>options/framework/help</comment>
        <translation>rails oder rack: Rails kompiliert Assets und bootsnap-Caches beim Build vor und schreibt nach log/, tmp/, storage/ und db/; eine schlichte Rack-App (Sinatra, Roda, Hanami) läuft aus config.ru</translation>
    </message>
    <message>
        <source>Framework</source>
        <comment>options/framework/label</comment>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Rails: run assets:precompile in the build stage with a throwaway SECRET_KEY_BASE (an API-only app has no assets)</source>
        <comment>options/assetsPrecompile/help</comment>
        <translation>Rails: assets:precompile in der Build-Stage mit einem Wegwerf-SECRET_KEY_BASE ausführen (eine reine API-App hat keine Assets)</translation>
    </message>
    <message>
        <source>Precompile Rails assets</source>
        <comment>options/assetsPrecompile/label</comment>
        <translation>Rails-Assets vorkompilieren</translation>
    </message>
    <message>
        <source>Rails: the Gemfile has bootsnap (the Rails default); its load-path and compile caches are built in the build stage so the container starts faster</source>
        <comment>options/bootsnap/help</comment>
        <translation>Rails: Das Gemfile enthält bootsnap (Standard bei Rails); seine Load-Path- und Compile-Caches werden in der Build-Stage gebaut, damit der Container schneller startet</translation>
    </message>
    <message>
        <source>bootsnap</source>
        <comment>options/bootsnap/label</comment>
        <translation>bootsnap</translation>
    </message>
    <message>
        <source>run Ruby with the jemalloc allocator (LD_PRELOAD), which keeps the memory of threaded servers such as Puma lower</source>
        <comment>options/jemalloc/help</comment>
        <translation>Ruby mit dem Allokator jemalloc ausführen (LD_PRELOAD), der den Speicherverbrauch von Servern mit Threads wie Puma niedriger hält</translation>
    </message>
    <message>
        <source>jemalloc</source>
        <comment>options/jemalloc/label</comment>
        <translation>jemalloc</translation>
    </message>
    <message>
        <source>system packages the gems compile against (e.g. libpq-dev on Debian, postgresql-dev on Alpine), separated by spaces; they never reach the runtime image</source>
        <comment>options/buildPackages/help</comment>
        <translation>Systempakete, gegen die die Gems kompiliert werden (z. B. libpq-dev auf Debian, postgresql-dev auf Alpine), durch Leerzeichen getrennt; sie erreichen nie das Runtime-Image</translation>
    </message>
    <message>
        <source>Extra build packages</source>
        <comment>options/buildPackages/label</comment>
        <translation>Zusätzliche Build-Pakete</translation>
    </message>
    <message>
        <source>system libraries the gems load at run time (e.g. libpq5 libvips on Debian, libpq vips on Alpine), separated by spaces</source>
        <comment>options/runtimePackages/help</comment>
        <translation>Systembibliotheken, die die Gems zur Laufzeit laden (z. B. libpq5 libvips auf Debian, libpq vips auf Alpine), durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Runtime packages</source>
        <comment>options/runtimePackages/label</comment>
        <translation>Runtime-Pakete</translation>
    </message>
    <message>
        <source>Bundler installs exactly the gems Gemfile.lock records, in deployment mode, without the development and test groups.</source>
        <comment>packageManagers/bundler/description</comment>
        <translation>Bundler installiert genau die Gems, die Gemfile.lock festhält, im Deployment-Modus, ohne die Gruppen development und test.</translation>
    </message>
    <message>
        <source>Bundler</source>
        <comment>packageManagers/bundler/name</comment>
        <translation>Bundler</translation>
    </message>
    <message>
        <source>The naive build: the full Ruby image with compilers and headers, the gems, Bundler&apos;s cache and the sources in one image.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: das volle Ruby-Image mit Compilern und Headern, die Gems, Bundlers Cache und die Quellen in einem Image.</translation>
    </message>
    <message>
        <source>Runs Rails in production and leaves the development and test gems out.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation>Führt Rails in Produktion aus und lässt die Gems für development und test weg.</translation>
    </message>
    <message>
        <source>Runs the app in production and leaves the development and test gems out.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Führt die App in Produktion aus und lässt die Gems für development und test weg.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids, early, so this layer is never rebuilt (the full image is Debian on every base).</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Legt früh einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an, damit dieser Layer nie neu gebaut wird (das volle Image ist auf jeder Basis Debian).</translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Die Anwendung liegt in /app.</translation>
    </message>
    <message>
        <source>Copies the gem manifests first so the install layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Kopiert zuerst die Gem-Manifeste, damit der Install-Layer wiederverwendet wird, solange sie sich nicht ändern.</translation>
    </message>
    <message>
        <source>Installs the locked gems into the image&apos;s gem folder, with their downloaded .gem files.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Installiert die gelockten Gems in den Gem-Ordner des Images, samt ihren heruntergeladenen .gem-Dateien.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Compiles the assets with a throwaway secret key set for this command only, then gives the folders Rails writes to the app user.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Kompiliert die Assets mit einem Wegwerf-Secret-Key, der nur für diesen Befehl gesetzt ist, und übergibt dann die Ordner, in die Rails schreibt, dem App-Benutzer.</translation>
    </message>
    <message>
        <source>What the build and runtime stages share: the Ruby image at the chosen version, the runtime libraries and Bundler&apos;s production settings, so the gems are built against exactly what they run with.</source>
        <comment>stages/base/explain</comment>
        <translation>Was Build- und Runtime-Stage gemeinsam haben: das Ruby-Image in der gewählten Version, die Runtime-Bibliotheken und Bundlers Produktionseinstellungen, damit die Gems gegen genau das gebaut werden, womit sie laufen.</translation>
    </message>
    <message>
        <source>The application lives in /app in both stages.</source>
        <comment>stages/base/instructions/0/explain</comment>
        <translation>Die Anwendung liegt in beiden Stages in /app.</translation>
    </message>
    <message>
        <source>Runs Rails in production, and makes Bundler install and load only the locked gems (deployment mode fails if Gemfile.lock is missing or out of date) into /usr/local/bundle, leaving out the development and test groups.</source>
        <comment>stages/base/instructions/2/explain</comment>
        <translation>Führt Rails in Produktion aus und lässt Bundler nur die gelockten Gems nach /usr/local/bundle installieren und laden (der Deployment-Modus scheitert, wenn Gemfile.lock fehlt oder veraltet ist), ohne die Gruppen development und test.</translation>
    </message>
    <message>
        <source>Runs the Rack app in production, and makes Bundler install and load only the locked gems (deployment mode fails if Gemfile.lock is missing or out of date) into /usr/local/bundle, leaving out the development and test groups.</source>
        <comment>stages/base/instructions/3/explain</comment>
        <translation>Führt die Rack-App in Produktion aus und lässt Bundler nur die gelockten Gems nach /usr/local/bundle installieren und laden (der Deployment-Modus scheitert, wenn Gemfile.lock fehlt oder veraltet ist), ohne die Gruppen development und test.</translation>
    </message>
    <message>
        <source>Loads jemalloc into every Ruby process in place of glibc&apos;s or musl&apos;s allocator; multi-threaded servers fragment memory much less with it.</source>
        <comment>stages/base/instructions/4/explain</comment>
        <translation>Lädt jemalloc in jeden Ruby-Prozess anstelle des Allokators von glibc oder musl; Server mit mehreren Threads fragmentieren den Speicher damit deutlich weniger.</translation>
    </message>
    <message>
        <source>Compiles the gems&apos; native extensions and, for Rails, the assets and bootsnap caches. Compilers, git and Bundler&apos;s download cache stay in this stage.</source>
        <comment>stages/build/explain</comment>
        <translation>Kompiliert die nativen Extensions der Gems und, bei Rails, die Assets und bootsnap-Caches. Compiler, git und Bundlers Download-Cache bleiben in dieser Stage.</translation>
    </message>
    <message>
        <source>Keeps Bundler&apos;s downloaded gems and compiled extensions in one global folder that a cache mount keeps between builds. /usr/local/bundle holds the installed gems themselves and must never be a cache mount.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Hält Bundlers heruntergeladene Gems und kompilierte Extensions in einem globalen Ordner, den ein Cache-Mount zwischen Builds erhält. /usr/local/bundle enthält die installierten Gems selbst und darf nie ein Cache-Mount sein.</translation>
    </message>
    <message>
        <source>Copies only the gem manifests first, so the install layer is reused while they are unchanged; Bundler reads them again at run time.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Kopiert zuerst nur die Gem-Manifeste, damit der Install-Layer wiederverwendet wird, solange sie sich nicht ändern; Bundler liest sie zur Laufzeit erneut.</translation>
    </message>
    <message>
        <source>Installs the locked gems and compiles their native extensions, with downloads reused from the cache mount; the copies of the .gem files and git checkouts&apos; history are removed in the same layer. With bootsnap, the gems&apos; Ruby files are precompiled (-j 1: parallel workers crash under QEMU emulation).</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Installiert die gelockten Gems und kompiliert ihre nativen Extensions, wobei Downloads aus dem Cache-Mount wiederverwendet werden; die Kopien der .gem-Dateien und die History von git-Checkouts werden im selben Layer entfernt. Mit bootsnap werden die Ruby-Dateien der Gems vorkompiliert (-j 1: Parallele Worker stürzen unter QEMU-Emulation ab).</translation>
    </message>
    <message>
        <source>Installs the locked gems and compiles their native extensions, then removes Bundler&apos;s cache, the copies of the .gem files and git checkouts&apos; history in the same layer. With bootsnap, the gems&apos; Ruby files are precompiled (-j 1: parallel workers crash under QEMU emulation).</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Installiert die gelockten Gems und kompiliert ihre nativen Extensions, dann werden Bundlers Cache, die Kopien der .gem-Dateien und die History von git-Checkouts im selben Layer entfernt. Mit bootsnap werden die Ruby-Dateien der Gems vorkompiliert (-j 1: Parallele Worker stürzen unter QEMU-Emulation ab).</translation>
    </message>
    <message>
        <source>Copies the sources after the gems, so editing code reruns only the steps from here on. .dockerignore keeps .git, logs, tmp/, local storage and the master key out.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Kopiert die Quellen nach den Gems, sodass eine Codeänderung nur die Schritte ab hier erneut ausführt. .dockerignore hält .git, Logs, tmp/, lokalen Storage und den Master-Key fern.</translation>
    </message>
    <message>
        <source>Precompiles the app&apos;s own Ruby files into bootsnap&apos;s cache, so the container boots faster, and compiles the assets into public/assets. Rails needs a secret key to boot in production; SECRET_KEY_BASE_DUMMY gives it a throwaway one for that command only, so no key is in any ENV or layer of the image.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation>Kompiliert die eigenen Ruby-Dateien der App in den bootsnap-Cache vor, damit der Container schneller startet, und kompiliert die Assets nach public/assets. Rails braucht zum Starten in Produktion einen Secret Key; SECRET_KEY_BASE_DUMMY gibt ihm nur für diesen Befehl einen Wegwerf-Key, sodass in keinem ENV und keinem Layer des Images ein Key steht.</translation>
    </message>
    <message>
        <source>Compiles the assets into public/assets. Rails needs a secret key to boot in production; SECRET_KEY_BASE_DUMMY gives it a throwaway one for this command only, so no key is in any ENV or layer of the image.</source>
        <comment>stages/build/instructions/7/explain</comment>
        <translation>Kompiliert die Assets nach public/assets. Rails braucht zum Starten in Produktion einen Secret Key; SECRET_KEY_BASE_DUMMY gibt ihm nur für diesen Befehl einen Wegwerf-Key, sodass in keinem ENV und keinem Layer des Images ein Key steht.</translation>
    </message>
    <message>
        <source>The image that ships: Ruby, the runtime libraries, the installed gems and the app, without compilers, git or Bundler&apos;s cache.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: Ruby, die Runtime-Bibliotheken, die installierten Gems und die App, ohne Compiler, git oder Bundlers Cache.</translation>
    </message>
    <message>
        <source>Takes the installed gems with their compiled extensions. They stay owned by root: the app user can load them but not change them.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Übernimmt die installierten Gems mit ihren kompilierten Extensions. Sie gehören weiter root: Der App-Benutzer kann sie laden, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Takes the app with its precompiled assets and bootsnap cache, owned by root: the app user can read the code but not change it.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Übernimmt die App mit ihren vorkompilierten Assets und dem bootsnap-Cache, im Besitz von root: Der App-Benutzer kann den Code lesen, aber nicht ändern.</translation>
    </message>
</context>
<context>
    <name>template/rust</name>
    <message>
        <source>A 4 MB base with a BusyBox shell for debugging; the binary is built on Alpine&apos;s musl toolchain and linked statically.</source>
        <comment>bases/alpine/description</comment>
        <translation>Eine 4-MB-Basis mit einer BusyBox-Shell zur Fehlersuche; das Binary wird mit Alpines musl-Toolchain gebaut und statisch gelinkt.</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>Debian 13 without extras: a familiar shell and apt for debugging, about 30 MB. The binary links the same glibc it was built against.</source>
        <comment>bases/slim/description</comment>
        <translation>Debian 13 ohne Extras: eine vertraute Shell und apt zur Fehlersuche, etwa 30 MB. Das Binary linkt dieselbe glibc, gegen die es gebaut wurde.</translation>
    </message>
    <message>
        <source>Debian slim has no HTTP client (curl or wget) to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/slim/healthcheckUnavailable</comment>
        <translation>Debian slim hat keinen HTTP-Client (curl oder wget), um die App abzufragen; geben Sie dem Binary ein health-Unterkommando oder nutzen Sie den HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>About 20 MB: glibc, libgcc, OpenSSL, CA certificates, time zones and a nonroot user, but no shell or package manager. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation>Etwa 20 MB: glibc, libgcc, OpenSSL, CA-Zertifikate, Zeitzonen und ein nonroot-Benutzer, aber keine Shell und kein Paketmanager. Läuft immer als sein nonroot-Benutzer.</translation>
    </message>
    <message>
        <source>distroless cc has no shell and no HTTP client to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/distroless/healthcheckUnavailable</comment>
        <translation>distroless cc hat keine Shell und keinen HTTP-Client, um die App abzufragen; geben Sie dem Binary ein health-Unterkommando oder nutzen Sie den HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Distroless cc</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless cc</translation>
    </message>
    <message>
        <source>Nothing but the statically linked musl binary and the few files the build copies in: the smallest possible image.</source>
        <comment>bases/scratch/description</comment>
        <translation>Nichts außer dem statisch gelinkten musl-Binary und den wenigen Dateien, die der Build hineinkopiert: das kleinstmögliche Image.</translation>
    </message>
    <message>
        <source>scratch holds only the binary: there is no shell or HTTP client to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/scratch/healthcheckUnavailable</comment>
        <translation>scratch enthält nur das Binary: Es gibt keine Shell und keinen HTTP-Client, um die App abzufragen; geben Sie dem Binary ein health-Unterkommando oder nutzen Sie den HTTP-Check Ihres Orchestrators</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>A Rust service built with Cargo in release mode and shipped as one binary: statically linked with musl for scratch and Alpine, linked against glibc for distroless cc and Debian slim.</source>
        <comment>description</comment>
        <translation>Ein Rust-Dienst, mit Cargo im Release-Modus gebaut und als ein Binary ausgeliefert: statisch mit musl gelinkt für scratch und Alpine, gegen glibc gelinkt für distroless cc und Debian slim.</translation>
    </message>
    <message>
        <source>Rust 1.98</source>
        <comment>languageVersions/1.98/name</comment>
        <translation>Rust 1.98</translation>
    </message>
    <message>
        <source>Rust</source>
        <comment>name</comment>
        <translation>Rust</translation>
    </message>
    <message>
        <source>the binary target to build and ship: the package name for src/main.rs, or a [[bin]] name (src/bin/NAME.rs)</source>
        <comment>options/binary/help</comment>
        <translation>das Binary-Target, das gebaut und ausgeliefert wird: der Paketname für src/main.rs oder ein [[bin]]-Name (src/bin/NAME.rs)</translation>
    </message>
    <message>
        <source>Binary</source>
        <comment>options/binary/label</comment>
        <translation>Binary</translation>
    </message>
    <message>
        <source>true when the project has a Cargo.lock: the build uses exactly its versions (--locked); false resolves the newest versions Cargo.toml allows, and the build is not reproducible</source>
        <comment>options/locked/help</comment>
        <translation>true, wenn das Projekt eine Cargo.lock hat: Der Build verwendet genau deren Versionen (--locked); false löst die neuesten Versionen auf, die Cargo.toml erlaubt, und der Build ist nicht reproduzierbar</translation>
    </message>
    <message>
        <source>Cargo.lock committed</source>
        <comment>options/locked/label</comment>
        <translation>Cargo.lock eingecheckt</translation>
    </message>
    <message>
        <source>the environment variable the app reads its listen address from (ROCKET_ADDRESS for Rocket), set to 0.0.0.0; empty when the code listens on all interfaces already</source>
        <comment>options/hostEnv/help</comment>
        <translation>die Umgebungsvariable, aus der die App ihre Listen-Adresse liest (ROCKET_ADDRESS bei Rocket), auf 0.0.0.0 gesetzt; leer, wenn der Code bereits auf allen Interfaces lauscht</translation>
    </message>
    <message>
        <source>Listen address variable</source>
        <comment>options/hostEnv/label</comment>
        <translation>Variable für die Listen-Adresse</translation>
    </message>
    <message>
        <source>the environment variable the app reads its port from (ROCKET_PORT for Rocket, PORT for many services), set to the port; empty when the port is in the code</source>
        <comment>options/portEnv/help</comment>
        <translation>die Umgebungsvariable, aus der die App ihren Port liest (ROCKET_PORT bei Rocket, PORT bei vielen Diensten), auf den Port gesetzt; leer, wenn der Port im Code steht</translation>
    </message>
    <message>
        <source>Port variable</source>
        <comment>options/portEnv/label</comment>
        <translation>Port-Variable</translation>
    </message>
    <message>
        <source>cargo build --locked compiles exactly the crate versions Cargo.lock records.</source>
        <comment>packageManagers/cargo/description</comment>
        <translation>cargo build --locked kompiliert genau die Crate-Versionen, die Cargo.lock festhält.</translation>
    </message>
    <message>
        <source>Cargo</source>
        <comment>packageManagers/cargo/name</comment>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>The naive build: the whole Rust toolchain, the crate cache, the target folder and the sources, shipped together with the binary.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: die ganze Rust-Toolchain, der Crate-Cache, der target-Ordner und die Quellen, zusammen mit dem Binary ausgeliefert.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids, early, so this layer is never rebuilt.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation>Legt früh einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an, damit dieser Layer nie neu gebaut wird.</translation>
    </message>
    <message>
        <source>The sources live in /src.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Die Quellen liegen in /src.</translation>
    </message>
    <message>
        <source>Copies the manifest and the lockfile first so the download layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Kopiert zuerst das Manifest und das Lockfile, damit der Download-Layer wiederverwendet wird, solange sie sich nicht ändern.</translation>
    </message>
    <message>
        <source>Copies the manifest first so the download layer is reused while it is unchanged; the project has no Cargo.lock.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Kopiert zuerst das Manifest, damit der Download-Layer wiederverwendet wird, solange es sich nicht ändert; das Projekt hat keine Cargo.lock.</translation>
    </message>
    <message>
        <source>Downloads the crates Cargo.lock pins into the image&apos;s registry, where they stay; it compiles nothing.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Lädt die Crates, die Cargo.lock pinnt, in die Registry des Images, wo sie bleiben; kompiliert wird dabei nichts.</translation>
    </message>
    <message>
        <source>Resolves and downloads the newest crates Cargo.toml allows (there is no Cargo.lock, so the build is not reproducible); it compiles nothing.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Löst die neuesten Crates auf, die Cargo.toml erlaubt, und lädt sie herunter (es gibt keine Cargo.lock, daher ist der Build nicht reproduzierbar); kompiliert wird dabei nichts.</translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Kopiert die Quellen.</translation>
    </message>
    <message>
        <source>Builds the binary, leaving the whole target folder in the image.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Baut das Binary und lässt den ganzen target-Ordner im Image.</translation>
    </message>
    <message>
        <source>Builds the binary with the crates fetched above, leaving the whole target folder in the image.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Baut das Binary mit den oben geholten Crates und lässt den ganzen target-Ordner im Image.</translation>
    </message>
    <message>
        <source>Makes the app listen on every interface, not only on localhost inside the container.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Lässt die App auf jedem Interface lauschen, nicht nur auf localhost innerhalb des Containers.</translation>
    </message>
    <message>
        <source>Tells the app which port to listen on.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation>Sagt der App, auf welchem Port sie lauschen soll.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/12/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht.</translation>
    </message>
    <message>
        <source>Starts the binary in exec form.</source>
        <comment>singleStage/0/instructions/13/explain</comment>
        <translation>Startet das Binary in Exec-Form.</translation>
    </message>
    <message>
        <source>Compiles the binary with the official Rust toolchain: Alpine&apos;s musl toolchain for alpine and scratch (the musl target links everything statically), Debian 13&apos;s glibc one for distroless cc and slim, which are Debian 13 too, so the glibc the binary expects is the one it finds. It runs on the target platform: unlike Go, Cargo cannot cross-compile here without a C cross linker (and a C cross compiler for crates with C code, such as ring), which these images lack, so a multi-platform build runs this stage under emulation.</source>
        <comment>stages/build/explain</comment>
        <translation>Kompiliert das Binary mit der offiziellen Rust-Toolchain: Alpines musl-Toolchain für alpine und scratch (das musl-Target linkt alles statisch), die glibc-Toolchain von Debian 13 für distroless cc und slim, die ebenfalls Debian 13 sind, sodass das Binary genau die glibc vorfindet, die es erwartet. Sie läuft auf der Zielplattform: Anders als Go kann Cargo hier ohne C-Cross-Linker (und ohne C-Cross-Compiler für Crates mit C-Code wie ring) nicht cross-kompilieren, und diese Images haben keine, daher läuft diese Stage bei einem Multi-Plattform-Build unter Emulation.</translation>
    </message>
    <message>
        <source>Every later path is relative to /src; WORKDIR creates it.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation>Jeder spätere Pfad ist relativ zu /src; WORKDIR legt es an.</translation>
    </message>
    <message>
        <source>Copies the manifest and the lockfile alone, so the dependency layer below is reused while they are unchanged.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Kopiert nur das Manifest und das Lockfile, damit der Abhängigkeits-Layer darunter wiederverwendet wird, solange sie sich nicht ändern.</translation>
    </message>
    <message>
        <source>Copies the manifest alone, so the dependency layer below is reused while it is unchanged; the project has no Cargo.lock.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Kopiert nur das Manifest, damit der Abhängigkeits-Layer darunter wiederverwendet wird, solange es sich nicht ändert; das Projekt hat keine Cargo.lock.</translation>
    </message>
    <message>
        <source>Compiles every dependency against a stub main, in a layer that survives source changes: only a change to Cargo.toml or Cargo.lock rebuilds it. The stub is removed so it cannot reach the real build. A manifest that names its own target files ([[bin]] path, [lib] path, benches) needs them here: keep cache mounts on for such projects.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Kompiliert jede Abhängigkeit gegen ein Platzhalter-main, in einem Layer, der Änderungen an den Quellen übersteht: Nur eine Änderung an Cargo.toml oder Cargo.lock baut ihn neu. Der Platzhalter wird entfernt, damit er nicht in den echten Build gelangt. Ein Manifest, das eigene Target-Dateien nennt ([[bin]] path, [lib] path, benches), braucht sie hier: Lassen Sie für solche Projekte die Cache-Mounts eingeschaltet.</translation>
    </message>
    <message>
        <source>Compiles every dependency against a stub main, in a layer that survives source changes. Without a Cargo.lock this resolves the newest versions Cargo.toml allows: two builds can get different crates, so the build is not reproducible; commit the Cargo.lock that cargo writes. A manifest that names its own target files ([[bin]] path, [lib] path, benches) needs them here: keep cache mounts on for such projects.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation>Kompiliert jede Abhängigkeit gegen ein Platzhalter-main, in einem Layer, der Änderungen an den Quellen übersteht. Ohne Cargo.lock löst dies die neuesten Versionen auf, die Cargo.toml erlaubt: Zwei Builds können verschiedene Crates bekommen, der Build ist also nicht reproduzierbar; checken Sie die Cargo.lock ein, die cargo schreibt. Ein Manifest, das eigene Target-Dateien nennt ([[bin]] path, [lib] path, benches), braucht sie hier: Lassen Sie für solche Projekte die Cache-Mounts eingeschaltet.</translation>
    </message>
    <message>
        <source>Builds the release binary with exactly the crates Cargo.lock pins. The project is bind-mounted, read-only and never a layer, which --locked allows: Cargo writes nothing into it. Crate downloads and compiled dependencies live in cache mounts, so a source change recompiles only the project&apos;s own code. The target folder is one of them, kept outside the bind mount and absent from the image, so the binary is copied out in this same step. Only registry/ and git/db are mounted: a mount over all of /usr/local/cargo would hide cargo itself. sharing=locked keeps two builds from writing the same target folder at once.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation>Baut das Release-Binary mit genau den Crates, die Cargo.lock pinnt. Das Projekt ist per Bind-Mount eingebunden, schreibgeschützt und nie ein Layer, was --locked erlaubt: Cargo schreibt nichts hinein. Crate-Downloads und kompilierte Abhängigkeiten liegen in Cache-Mounts, sodass eine Änderung an den Quellen nur den eigenen Code des Projekts neu kompiliert. Der target-Ordner ist einer davon, liegt außerhalb des Bind-Mounts und fehlt im Image, daher wird das Binary im selben Schritt herauskopiert. Nur registry/ und git/db werden eingebunden: Ein Mount über ganz /usr/local/cargo würde cargo selbst verdecken. sharing=locked verhindert, dass zwei Builds gleichzeitig in denselben target-Ordner schreiben.</translation>
    </message>
    <message>
        <source>Copies the sources (.dockerignore keeps target/ and .git out) into this build stage only: without a Cargo.lock, Cargo writes one next to Cargo.toml, which a read-only bind mount would refuse.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation>Kopiert die Quellen (.dockerignore hält target/ und .git fern) nur in diese Build-Stage: Ohne Cargo.lock schreibt Cargo eine neben Cargo.toml, was ein schreibgeschützter Bind-Mount verweigern würde.</translation>
    </message>
    <message>
        <source>Builds the release binary. The project has no Cargo.lock, so this resolves the newest versions Cargo.toml allows: two builds can get different crates, and the build is not reproducible; commit the Cargo.lock that cargo writes and Stagecraft adds --locked. Downloads and compiled dependencies live in cache mounts; the target folder is not in the image, so the binary is copied out in this same step.</source>
        <comment>stages/build/instructions/7/explain</comment>
        <translation>Baut das Release-Binary. Das Projekt hat keine Cargo.lock, daher löst dies die neuesten Versionen auf, die Cargo.toml erlaubt: Zwei Builds können verschiedene Crates bekommen, und der Build ist nicht reproduzierbar; checken Sie die Cargo.lock ein, die cargo schreibt, und Stagecraft ergänzt --locked. Downloads und kompilierte Abhängigkeiten liegen in Cache-Mounts; der target-Ordner ist nicht im Image, daher wird das Binary im selben Schritt herauskopiert.</translation>
    </message>
    <message>
        <source>Copies the sources (.dockerignore keeps target/ and .git out). They stay in this build stage and never reach the image that ships.</source>
        <comment>stages/build/instructions/8/explain</comment>
        <translation>Kopiert die Quellen (.dockerignore hält target/ und .git fern). Sie bleiben in dieser Build-Stage und erreichen nie das ausgelieferte Image.</translation>
    </message>
    <message>
        <source>Builds the release binary on top of the compiled dependencies. Cargo decides what to rebuild by modification time, and the real src/main.rs can be older than the stub&apos;s build, which would ship the stub: touch -c marks it changed (and creates nothing when there is no src/main.rs).</source>
        <comment>stages/build/instructions/9/explain</comment>
        <translation>Baut das Release-Binary auf den kompilierten Abhängigkeiten auf. Cargo entscheidet anhand der Änderungszeit, was neu gebaut wird, und die echte src/main.rs kann älter sein als der Build des Platzhalters, sodass der Platzhalter ausgeliefert würde: touch -c markiert sie als geändert (und legt nichts an, wenn es keine src/main.rs gibt).</translation>
    </message>
    <message>
        <source>Builds the release binary on top of the compiled dependencies. Cargo decides what to rebuild by modification time, and the real src/main.rs can be older than the stub&apos;s build, which would ship the stub: touch -c marks it changed (and creates nothing when there is no src/main.rs).</source>
        <comment>stages/build/instructions/10/explain</comment>
        <translation>Baut das Release-Binary auf den kompilierten Abhängigkeiten auf. Cargo entscheidet anhand der Änderungszeit, was neu gebaut wird, und die echte src/main.rs kann älter sein als der Build des Platzhalters, sodass der Platzhalter ausgeliefert würde: touch -c markiert sie als geändert (und legt nichts an, wenn es keine src/main.rs gibt).</translation>
    </message>
    <message>
        <source>Prepares the few files a program expects and scratch lacks (user entries, CA certificates, /tmp) in a folder, so the final image copies them in one layer.</source>
        <comment>stages/rootfs/explain</comment>
        <translation>Bereitet die wenigen Dateien, die ein Programm erwartet und die scratch fehlen (Benutzereinträge, CA-Zertifikate, /tmp), in einem Ordner vor, damit das finale Image sie in einem Layer kopiert.</translation>
    </message>
    <message>
        <source>Writes passwd and group entries for root and the app user (user lookups fail without them), /tmp with mode 1777 as programs expect, and Alpine&apos;s CA bundle, which rustls-native-certs and OpenSSL read to verify TLS servers.</source>
        <comment>stages/rootfs/instructions/0/explain</comment>
        <translation>Schreibt passwd- und group-Einträge für root und den App-Benutzer (ohne sie scheitern Benutzer-Lookups), /tmp mit Modus 1777, wie Programme es erwarten, und Alpines CA-Bundle, das rustls-native-certs und OpenSSL lesen, um TLS-Server zu prüfen.</translation>
    </message>
    <message>
        <source>Writes passwd and group entries for root (user lookups fail without them), /tmp with mode 1777 as programs expect, and Alpine&apos;s CA bundle, which rustls-native-certs and OpenSSL read to verify TLS servers.</source>
        <comment>stages/rootfs/instructions/1/explain</comment>
        <translation>Schreibt passwd- und group-Einträge für root (ohne sie scheitern Benutzer-Lookups), /tmp mit Modus 1777, wie Programme es erwarten, und Alpines CA-Bundle, das rustls-native-certs und OpenSSL lesen, um TLS-Server zu prüfen.</translation>
    </message>
    <message>
        <source>The image that ships: the binary on the chosen base, without the toolchain, the crate cache, the target folder or the sources.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: das Binary auf der gewählten Basis, ohne Toolchain, Crate-Cache, target-Ordner oder Quellen.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine eigene Gruppe mit festen IDs an (BusyBox-adduser steckt Systembenutzer in &apos;nogroup&apos;, wenn -G keine Gruppe nennt).</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an; --no-log-init vermeidet eine riesige, dünn besetzte lastlog-Datei bei großen UIDs.</translation>
    </message>
    <message>
        <source>Copies the prepared files into the empty image; copying the folder&apos;s contents keeps /tmp&apos;s sticky, world-writable mode.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Kopiert die vorbereiteten Dateien in das leere Image; wer den Inhalt des Ordners kopiert, behält den Sticky-Modus von /tmp, in dem jeder schreiben darf.</translation>
    </message>
    <message>
        <source>Debian slim has no CA certificates; the Rust image&apos;s bundle lets rustls-native-certs and OpenSSL verify TLS servers, so outgoing HTTPS works.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Debian slim hat keine CA-Zertifikate; mit dem Bundle aus dem Rust-Image prüfen rustls-native-certs und OpenSSL TLS-Server, damit ausgehendes HTTPS funktioniert.</translation>
    </message>
    <message>
        <source>Takes only the binary from the build stage. It stays owned by root on purpose: the app user can run it but not overwrite it.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Übernimmt nur das Binary aus der Build-Stage. Es gehört absichtlich weiter root: Der App-Benutzer kann es ausführen, aber nicht überschreiben.</translation>
    </message>
    <message>
        <source>The app listens on localhost unless ${hostEnv} says otherwise, and localhost inside a container is unreachable from outside it: 0.0.0.0 listens on every interface.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Die App lauscht auf localhost, solange ${hostEnv} nichts anderes sagt, und localhost in einem Container ist von außen nicht erreichbar: 0.0.0.0 lauscht auf jedem Interface.</translation>
    </message>
    <message>
        <source>Tells the app which port to listen on, the one EXPOSE documents.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Sagt der App, auf welchem Port sie lauschen soll: dem, den EXPOSE dokumentiert.</translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Führt die App als unprivilegierter Benutzer aus. Numerische IDs brauchen keinen passwd-Lookup und lassen Kubernetes runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it keeps the intent visible. Its only root variant is the unversioned :latest tag, so this base always runs unprivileged.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von Distroless (65532), den der Tag :nonroot bereits wählt; ihn anzugeben, macht die Absicht sichtbar. Die einzige root-Variante ist der unversionierte Tag :latest, daher läuft diese Basis immer unprivilegiert.</translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation>Dokumentiert den Port, auf dem die App lauscht; veröffentlichen Sie ihn mit docker run -p.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering, using BusyBox&apos;s wget in exec form (no shell involved).</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn die App nicht mehr antwortet, mit BusyBox-wget in Exec-Form (ohne Shell).</translation>
    </message>
    <message>
        <source>Starts the binary directly in exec form, so it is PID 1 and receives SIGTERM on docker stop; arguments given to docker run are appended.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation>Startet das Binary direkt in Exec-Form, sodass es PID 1 ist und bei docker stop das SIGTERM erhält; an docker run übergebene Argumente werden angehängt.</translation>
    </message>
</context>
<context>
    <name>template/static</name>
    <message>
        <source>The server on a 4 MB Alpine base: a BusyBox shell and wget for debugging and for a health check.</source>
        <comment>bases/alpine/description</comment>
        <translation>Der Server auf einer 4-MB-Alpine-Basis: eine BusyBox-Shell und wget zur Fehlersuche und für einen Healthcheck.</translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation>Alpine</translation>
    </message>
    <message>
        <source>The server on Debian slim: a familiar shell and apt for debugging, about 75 MB more than it needs.</source>
        <comment>bases/slim/description</comment>
        <translation>Der Server auf Debian slim: eine vertraute Shell und apt zur Fehlersuche, etwa 75 MB mehr als nötig.</translation>
    </message>
    <message>
        <source>Debian slim has no HTTP client (curl or wget) to probe the server with; use the alpine base or your orchestrator&apos;s HTTP probe on /health</source>
        <comment>bases/slim/healthcheckUnavailable</comment>
        <translation>Debian slim hat keinen HTTP-Client (curl oder wget), um den Server abzufragen; nutzen Sie die alpine-Basis oder den HTTP-Check Ihres Orchestrators auf /health</translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation>Debian slim</translation>
    </message>
    <message>
        <source>The server on distroless static (about 2 MB: CA certificates, time zones, a nonroot user), no shell or package manager. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation>Der Server auf distroless static (etwa 2 MB: CA-Zertifikate, Zeitzonen, ein nonroot-Benutzer), ohne Shell und Paketmanager. Läuft immer als sein nonroot-Benutzer.</translation>
    </message>
    <message>
        <source>distroless static has no shell and no HTTP client to probe the server with; use your orchestrator&apos;s HTTP probe on /health</source>
        <comment>bases/distroless/healthcheckUnavailable</comment>
        <translation>distroless static hat keine Shell und keinen HTTP-Client, um den Server abzufragen; nutzen Sie den HTTP-Check Ihres Orchestrators auf /health</translation>
    </message>
    <message>
        <source>Distroless static</source>
        <comment>bases/distroless/name</comment>
        <translation>Distroless static</translation>
    </message>
    <message>
        <source>Nothing but the server binary and the site: the smallest image, and nothing else to attack.</source>
        <comment>bases/scratch/description</comment>
        <translation>Nichts außer dem Server-Binary und der Website: das kleinste Image und sonst nichts anzugreifen.</translation>
    </message>
    <message>
        <source>scratch holds only the server and the site, no HTTP client to probe it with; use your orchestrator&apos;s HTTP probe on /health</source>
        <comment>bases/scratch/healthcheckUnavailable</comment>
        <translation>scratch enthält nur den Server und die Website, keinen HTTP-Client, um ihn abzufragen; nutzen Sie den HTTP-Check Ihres Orchestrators auf /health</translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>A site that builds to plain files (Vite, Astro static, Gatsby, Create React App, Vue CLI, SvelteKit adapter-static): Node.js builds it, and a single-binary web server serves it unprivileged on port 8080, with no Node.js in the image that ships.</source>
        <comment>description</comment>
        <translation>Eine Website, die zu reinen Dateien gebaut wird (Vite, Astro static, Gatsby, Create React App, Vue CLI, SvelteKit adapter-static): Node.js baut sie, und ein Webserver aus einem einzigen Binary liefert sie unprivilegiert auf Port 8080 aus, ohne Node.js im ausgelieferten Image.</translation>
    </message>
    <message>
        <source>Static site</source>
        <comment>name</comment>
        <translation>Statische Website</translation>
    </message>
    <message>
        <source>the package.json script that builds the site into the output folder; a static site always has one</source>
        <comment>options/buildScript/help</comment>
        <translation>das package.json-Skript, das die Website in den Ausgabeordner baut; eine statische Website hat immer eins</translation>
    </message>
    <message>
        <source>Build script</source>
        <comment>options/buildScript/label</comment>
        <translation>Build-Skript</translation>
    </message>
    <message>
        <source>the folder the build writes the finished site to: dist (Vite, Astro, Vue CLI), build (Create React App, SvelteKit adapter-static), public (Gatsby)</source>
        <comment>options/outputDir/help</comment>
        <translation>der Ordner, in den der Build die fertige Website schreibt: dist (Vite, Astro, Vue CLI), build (Create React App, SvelteKit adapter-static), public (Gatsby)</translation>
    </message>
    <message>
        <source>Build output folder</source>
        <comment>options/outputDir/label</comment>
        <translation>Build-Ausgabeordner</translation>
    </message>
    <message>
        <source>true for a single-page app that routes in the browser: a path with no file behind it gets index.html (status 200) instead of a 404</source>
        <comment>options/spaFallback/help</comment>
        <translation>true für eine Single-Page-App, die im Browser routet: Ein Pfad ohne Datei dahinter bekommt index.html (Status 200) statt eines 404</translation>
    </message>
    <message>
        <source>SPA fallback</source>
        <comment>options/spaFallback/label</comment>
        <translation>SPA-Fallback</translation>
    </message>
    <message>
        <source>Yarn 4: true when the project has a .yarnrc.yml, which is then copied before the install</source>
        <comment>options/yarnrc/help</comment>
        <translation>Yarn 4: true, wenn das Projekt eine .yarnrc.yml hat, die dann vor der Installation kopiert wird</translation>
    </message>
    <message>
        <source>.yarnrc.yml</source>
        <comment>options/yarnrc/label</comment>
        <translation>.yarnrc.yml</translation>
    </message>
    <message>
        <source>true when the project has an .npmrc (registry, auth, install settings): it is bind-mounted into each install, never copied into a layer</source>
        <comment>options/npmrc/help</comment>
        <translation>true, wenn das Projekt eine .npmrc hat (Registry, Zugangsdaten, Installationseinstellungen): Sie wird in jede Installation per Bind-Mount eingebunden, nie in einen Layer kopiert</translation>
    </message>
    <message>
        <source>.npmrc</source>
        <comment>options/npmrc/label</comment>
        <translation>.npmrc</translation>
    </message>
    <message>
        <source>true when the project has a patches/ folder (patchedDependencies): it is bind-mounted into each install</source>
        <comment>options/patches/help</comment>
        <translation>true, wenn das Projekt einen Ordner patches/ hat (patchedDependencies): Er wird in jede Installation per Bind-Mount eingebunden</translation>
    </message>
    <message>
        <source>patches/ folder</source>
        <comment>options/patches/label</comment>
        <translation>Ordner patches/</translation>
    </message>
    <message>
        <source>the node user and group of the Node.js image the single-stage variant uses</source>
        <comment>reservedIds/owner</comment>
        <translation>der Benutzer und die Gruppe node des Node.js-Images, das die Single-Stage-Variante nutzt</translation>
    </message>
    <message>
        <source>The naive build: one image with the full Node.js toolchain, every dependency, the sources and the package cache, with the web server added to serve the build output where it was built.</source>
        <comment>singleStage/0/explain</comment>
        <translation>Der naive Build: ein Image mit der vollen Node.js-Toolchain, jeder Abhängigkeit, den Quellen und dem Paket-Cache, dazu der Webserver, der die Build-Ausgabe dort ausliefert, wo sie gebaut wurde.</translation>
    </message>
    <message>
        <source>Runs the ${installHook} script now that the sources it needs are here, then builds the application.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation>Führt das Skript ${installHook} aus, jetzt, da die nötigen Quellen da sind, und baut dann die Anwendung.</translation>
    </message>
    <message>
        <source>Builds the application.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation>Baut die Anwendung.</translation>
    </message>
    <message>
        <source>Adds the web server binary from its official image at a pinned release.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation>Fügt das Webserver-Binary aus seinem offiziellen Image in einem gepinnten Release hinzu.</translation>
    </message>
    <message>
        <source>Serves the build output from where the build wrote it.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation>Liefert die Build-Ausgabe von dort aus, wo der Build sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Answers unknown paths with index.html for the app&apos;s router.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation>Beantwortet unbekannte Pfade mit index.html für den Router der App.</translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation>Legt einen unprivilegierten Benutzer und eine Gruppe mit festen IDs an.</translation>
    </message>
    <message>
        <source>Runs the server as the unprivileged user.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation>Führt den Server als unprivilegierter Benutzer aus.</translation>
    </message>
    <message>
        <source>Documents the port the server listens on.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation>Dokumentiert den Port, auf dem der Server lauscht.</translation>
    </message>
    <message>
        <source>Starts the server in exec form.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation>Startet den Server in Exec-Form.</translation>
    </message>
    <message>
        <source>The toolchain the build stage uses: Node.js on Debian slim (glibc, which every prebuilt bundler binary supports) plus the pinned package manager. None of it reaches the final image, so its libc need not match the runtime base.</source>
        <comment>stages/base/explain</comment>
        <translation>Die Toolchain der Build-Stage: Node.js auf Debian slim (glibc, die jedes vorgebaute Bundler-Binary unterstützt) plus der gepinnte Paketmanager. Nichts davon erreicht das finale Image, daher muss seine libc nicht zur Laufzeitbasis passen.</translation>
    </message>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ to build a native addon that ships no prebuilt binary. The builder is Debian, like the runtime, so each addon is linked against the same glibc; the compilers never reach the final image. Versions are not pinned (hadolint DL3008): Debian replaces stable packages only with security fixes and the old version then leaves the mirrors; the pinned Debian release fixes the set.</source>
        <comment>stages/base/instructions/0/explain</comment>
        <translation>Installiert, womit die Installation der Abhängigkeiten kompiliert: node-gyp braucht python3, make und g++, um ein natives Addon zu bauen, das kein vorgebautes Binary mitbringt. Der Builder ist wie die Laufzeit Debian, daher wird jedes Addon gegen dieselbe glibc gelinkt; die Compiler erreichen das finale Image nie. Die Versionen sind nicht gepinnt (hadolint DL3008): Debian ersetzt stabile Pakete nur durch Sicherheitskorrekturen, und die alte Version verschwindet dann von den Mirrors; das gepinnte Debian-Release legt die Auswahl fest.</translation>
    </message>
    <message>
        <source>Builds the application with every dependency, dev tools included. Nothing from this stage reaches the final image except the build output. A project without a build script has no such stage: its sources are the app.</source>
        <comment>stages/build/explain</comment>
        <translation>Baut die Anwendung mit jeder Abhängigkeit, auch den Dev-Tools. Aus dieser Stage erreicht nichts das finale Image außer der Build-Ausgabe. Ein Projekt ohne Build-Skript hat keine solche Stage: Seine Quellen sind die App.</translation>
    </message>
    <message>
        <source>Copies the sources after the dependencies, so editing code does not invalidate the dependency layer. .dockerignore keeps node_modules, .git and secrets out.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation>Kopiert die Quellen nach den Abhängigkeiten, damit Codeänderungen den Abhängigkeits-Layer nicht ungültig machen. .dockerignore hält node_modules, .git und Secrets heraus.</translation>
    </message>
    <message>
        <source>Runs the project&apos;s ${installHook} script, which the installs skipped, now that the sources it reads are here (prisma generate reads prisma/schema.prisma, nuxt prepare the Nuxt config). Then the build script writes the build output; one step, as the build needs what the hook prepares.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation>Führt das Skript ${installHook} des Projekts aus, das die Installationen übersprungen haben, jetzt, da die gelesenen Quellen da sind (prisma generate liest prisma/schema.prisma, nuxt prepare die Nuxt-Konfiguration). Dann schreibt das Build-Skript die Build-Ausgabe; ein Schritt, weil der Build braucht, was der Hook vorbereitet.</translation>
    </message>
    <message>
        <source>Runs the package&apos;s build script (TypeScript, bundler), which writes the build output.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation>Führt das Build-Skript des Pakets aus (TypeScript, Bundler), das die Build-Ausgabe schreibt.</translation>
    </message>
    <message>
        <source>The image that ships: one web server binary and the built site. No Node.js, no node_modules and no sources: a static site needs none of them once it is built.</source>
        <comment>stages/runtime/explain</comment>
        <translation>Das ausgelieferte Image: ein Webserver-Binary und die gebaute Website. Kein Node.js, keine node_modules und keine Quellen: Eine statische Website braucht nichts davon, sobald sie gebaut ist.</translation>
    </message>
    <message>
        <source>Takes static-web-server, a single statically linked binary of about 4 MB, from its official image at a pinned release. It needs no libc, shell or config file, so the same binary runs on every base down to scratch; it is configured entirely by SERVER_* environment variables and runs as any uid. nginx would need its own config file, writable temp and pid paths for an unprivileged user, and a base with its libraries.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation>Übernimmt static-web-server, ein einzelnes statisch gelinktes Binary von etwa 4 MB, aus seinem offiziellen Image in einem gepinnten Release. Es braucht weder libc noch Shell noch Konfigurationsdatei, daher läuft dasselbe Binary auf jeder Basis bis hinunter zu scratch; es wird ganz über SERVER_*-Umgebungsvariablen konfiguriert und läuft unter jeder UID. nginx bräuchte eine eigene Konfigurationsdatei, beschreibbare Temp- und PID-Pfade für einen unprivilegierten Benutzer und eine Basis mit seinen Bibliotheken.</translation>
    </message>
    <message>
        <source>Points the server at the web root and at the site&apos;s own 404.html (frameworks such as Astro and Gatsby write one; without it the server answers with a built-in page). Cache-Control headers let browsers keep files by type: scripts, styles, images and fonts for a year, which is safe because bundlers put a content hash in their names; JSON and feeds for an hour; HTML and everything else for a day, so a new release reaches returning visitors within a day.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation>Richtet den Server auf das Web-Root und auf die eigene 404.html der Website (Frameworks wie Astro und Gatsby schreiben eine; ohne sie antwortet der Server mit einer eingebauten Seite). Cache-Control-Header lassen Browser Dateien je nach Typ behalten: Skripte, Styles, Bilder und Schriften ein Jahr, was sicher ist, weil Bundler einen Inhalts-Hash in ihre Namen setzen; JSON und Feeds eine Stunde; HTML und alles andere einen Tag, sodass ein neues Release wiederkehrende Besucher innerhalb eines Tages erreicht.</translation>
    </message>
    <message>
        <source>A single-page app routes in the browser: /settings has no file behind it, so a reload or a shared link would get a 404. With a fallback page, the server answers any GET it cannot find with index.html and status 200, and the app&apos;s router shows the right view. The page is read once at start-up.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation>Eine Single-Page-App routet im Browser: Hinter /settings steht keine Datei, ein Neuladen oder ein geteilter Link bekäme also einen 404. Mit einer Fallback-Seite beantwortet der Server jedes GET, das er nicht findet, mit index.html und Status 200, und der Router der App zeigt die richtige Ansicht. Die Seite wird einmal beim Start gelesen.</translation>
    </message>
    <message>
        <source>Turns on the server&apos;s own /health endpoint, which answers OK without touching the site&apos;s files.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation>Schaltet den eigenen /health-Endpunkt des Servers ein, der OK antwortet, ohne die Dateien der Website anzufassen.</translation>
    </message>
    <message>
        <source>Takes only the built site from the build stage, last, because it changes with every release while the layers above do not. The files stay owned by root and readable by all: the server can serve them but cannot change them, even if it were compromised.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation>Übernimmt nur die gebaute Website aus der Build-Stage, und zwar zuletzt, weil sie sich mit jedem Release ändert, die Layer darüber aber nicht. Die Dateien gehören weiter root und sind für alle lesbar: Der Server kann sie ausliefern, aber nicht ändern, selbst wenn er kompromittiert würde.</translation>
    </message>
    <message>
        <source>Runs the server as an unprivileged user. It needs no passwd entry or home folder, only read access to the site, so numeric ids are enough, even on scratch; Kubernetes can verify them with runAsNonRoot.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation>Führt den Server als unprivilegierter Benutzer aus. Er braucht keinen passwd-Eintrag und keinen Home-Ordner, nur Lesezugriff auf die Website, daher genügen numerische IDs, selbst auf scratch; Kubernetes kann sie mit runAsNonRoot prüfen.</translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it numerically keeps the intent visible to reviewers and to Kubernetes&apos; runAsNonRoot.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation>Läuft als eingebauter nonroot-Benutzer von Distroless (65532), den der Tag :nonroot bereits wählt; ihn numerisch anzugeben, macht die Absicht für Reviewer und für runAsNonRoot von Kubernetes sichtbar.</translation>
    </message>
    <message>
        <source>Documents the port the server listens on, from 1024 up so no root or extra capability is needed to bind it; publish it with docker run -p ${port}:${port}.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation>Dokumentiert den Port, auf dem der Server lauscht, ab 1024, damit weder root noch eine zusätzliche Capability zum Binden nötig ist; veröffentlichen Sie ihn mit docker run -p ${port}:${port}.</translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the server stops answering, using BusyBox&apos;s wget in exec form (no shell involved).</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation>Lässt Docker den Container als unhealthy markieren, wenn der Server nicht mehr antwortet, mit BusyBox-wget in Exec-Form (ohne Shell).</translation>
    </message>
    <message>
        <source>Starts the server directly in exec form with the port as a flag. It is PID 1, handles SIGTERM itself and starts no child processes, so docker stop is quick and no init is needed. It listens on all interfaces (IPv4 and IPv6) by default; on a host without IPv6 add --host 0.0.0.0.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation>Startet den Server direkt in Exec-Form mit dem Port als Flag. Er ist PID 1, behandelt SIGTERM selbst und startet keine Kindprozesse, daher ist docker stop schnell, und es wird kein init gebraucht. Standardmäßig lauscht er auf allen Interfaces (IPv4 und IPv6); auf einem Host ohne IPv6 ergänzen Sie --host 0.0.0.0.</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>warning: skipped template %1</source>
        <translation>Warnung: Vorlage %1 übersprungen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 holds %2 templates; the first %3 by name were loaded and %4 skipped</source>
        <translation>%1 enthält %2 Vorlagen; die ersten %3 nach Name wurden geladen, %4 übersprungen</translation>
    </message>
    <message>
        <source>template %1 replaces the built-in stack &apos;%2&apos;</source>
        <translation>Vorlage %1 ersetzt den eingebauten Stack &apos;%2&apos;</translation>
    </message>
    <message>
        <source>template %1 replaces the stack &apos;%2&apos; of %3</source>
        <translation>Vorlage %1 ersetzt den Stack &apos;%2&apos; aus %3</translation>
    </message>
    <message>
        <source>contains a control character; template text must stay on one line</source>
        <translation>enthält ein Steuerzeichen; Vorlagentext muss in einer Zeile bleiben</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a package manager of this stack</source>
        <translation>&quot;%1&quot; ist kein Paketmanager dieses Stacks</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language version of this stack</source>
        <translation>&quot;%1&quot; ist keine Sprachversion dieses Stacks</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base of this stack</source>
        <translation>&quot;%1&quot; ist keine Basis dieses Stacks</translation>
    </message>
    <message>
        <source>%1 is true or false, not &quot;%2&quot;</source>
        <translation>%1 ist true oder false, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the toggle option &apos;%1&apos; is &quot;true&quot; or &quot;false&quot;, not &quot;%2&quot;</source>
        <translation>die Toggle-Option &apos;%1&apos; ist &quot;true&quot; oder &quot;false&quot;, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can never be a value of the option &apos;%2&apos; (%3)</source>
        <translation>&quot;%1&quot; kann nie ein Wert der Option &apos;%2&apos; sein (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the fact &apos;%2&apos; (%3)</source>
        <translation>&quot;%1&quot; ist kein Wert des Fakts &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>expected an object of conditions</source>
        <translation>Objekt mit Bedingungen erwartet</translation>
    </message>
    <message>
        <source>unknown condition &apos;%1&apos;</source>
        <translation>unbekannte Bedingung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a string or {&quot;line&quot;: ..., &quot;when&quot;: ...}</source>
        <translation>String oder {&quot;line&quot;: ..., &quot;when&quot;: ...} erwartet</translation>
    </message>
    <message>
        <source>an instruction is written in upper case, e.g. &quot;RUN&quot;</source>
        <translation>eine Anweisung wird großgeschrieben, z. B. &quot;RUN&quot;</translation>
    </message>
    <message>
        <source>FROM comes from the stage&apos;s &quot;from&quot;, not an instruction</source>
        <translation>FROM ergibt sich aus dem &quot;from&quot; der Stage und ist keine Anweisung</translation>
    </message>
    <message>
        <source>a mount needs at least &quot;type&quot; and &quot;target&quot;</source>
        <translation>ein Mount braucht mindestens &quot;type&quot; und &quot;target&quot;</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>Liste von Strings erwartet</translation>
    </message>
    <message>
        <source>unknown layer content &apos;%1&apos;</source>
        <translation>unbekannter Layer-Inhalt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stage names are lower case (BuildKit&apos;s StageNameCasing), at most 64 characters</source>
        <translation>Stage-Namen sind kleingeschrieben (StageNameCasing von BuildKit), höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a reserved stage name</source>
        <translation>&apos;%1&apos; ist ein reservierter Stage-Name</translation>
    </message>
    <message>
        <source>expected an object of facts (true, false or a word)</source>
        <translation>Objekt mit Fakten erwartet (true, false oder ein Wort)</translation>
    </message>
    <message>
        <source>a fact is named in lower camel case, e.g. bundlesYarn</source>
        <translation>ein Fakt wird in lowerCamelCase benannt, z. B. bundlesYarn</translation>
    </message>
    <message>
        <source>a fact is true, false or a word (a string other than &quot;true&quot; and &quot;false&quot;)</source>
        <translation>ein Fakt ist true, false oder ein Wort (ein String außer &quot;true&quot; und &quot;false&quot;)</translation>
    </message>
    <message>
        <source>a fixed user is a uid from 1 to %1</source>
        <translation>ein fester Benutzer ist eine UID von 1 bis %1</translation>
    </message>
    <message>
        <source>the fact &apos;%1&apos; is true or false on one choice and a word on another</source>
        <translation>der Fakt &apos;%1&apos; ist bei einer Auswahl true oder false, bei einer anderen ein Wort</translation>
    </message>
    <message>
        <source>the fact &apos;%1&apos; has the name of another condition</source>
        <translation>der Fakt &apos;%1&apos; trägt den Namen einer anderen Bedingung</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>doppelte ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation>braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this stack</source>
        <translation>&quot;%1&quot; ist keine Option dieses Stacks</translation>
    </message>
    <message>
        <source>an id is a whole number from 0 to %1</source>
        <translation>eine ID ist eine ganze Zahl von 0 bis %1</translation>
    </message>
    <message>
        <source>needs at least one id</source>
        <translation>braucht mindestens eine ID</translation>
    </message>
    <message>
        <source>a folder in the project, one or two names deep (&quot;vendor&quot;, &quot;target/release&quot;), without &quot;.&quot; or &quot;..&quot;</source>
        <translation>ein Ordner im Projekt, ein oder zwei Namen tief (&quot;vendor&quot;, &quot;target/release&quot;), ohne &quot;.&quot; oder &quot;..&quot;</translation>
    </message>
    <message>
        <source>a measured folder holds &quot;dependencies&quot;, &quot;allDependencies&quot; or &quot;buildOutput&quot;</source>
        <translation>ein gemessener Ordner enthält &quot;dependencies&quot;, &quot;allDependencies&quot; oder &quot;buildOutput&quot;</translation>
    </message>
    <message>
        <source>a name directly inside the folder</source>
        <translation>ein Name direkt im Ordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is declared twice</source>
        <translation>&apos;%1&apos; ist doppelt deklariert</translation>
    </message>
    <message>
        <source>at most %1 folders</source>
        <translation>höchstens %1 Ordner</translation>
    </message>
    <message>
        <source>a stack id is lower case letters, digits and &apos;-&apos;, at most 64 characters</source>
        <translation>eine Stack-ID besteht aus Kleinbuchstaben, Ziffern und &apos;-&apos;, höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>unknown base &apos;%1&apos; (alpine, slim, distroless, scratch)</source>
        <translation>unbekannte Basis &apos;%1&apos; (alpine, slim, distroless, scratch)</translation>
    </message>
    <message>
        <source>expected an object: &quot;true&quot; or &quot;false&quot; -&gt; start command</source>
        <translation>Objekt erwartet: &quot;true&quot; oder &quot;false&quot; -&gt; Startbefehl</translation>
    </message>
    <message>
        <source>a toggle&apos;s value is &quot;true&quot; or &quot;false&quot;</source>
        <translation>der Wert eines Toggles ist &quot;true&quot; oder &quot;false&quot;</translation>
    </message>
    <message>
        <source>expected a start command</source>
        <translation>Startbefehl erwartet</translation>
    </message>
    <message>
        <source>the start command</source>
        <translation>der Startbefehl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is taken: a condition, &quot;include&quot;, &quot;extends&quot; or another option</source>
        <translation>&apos;%1&apos; ist schon vergeben: eine Bedingung, &quot;include&quot;, &quot;extends&quot; oder eine andere Option</translation>
    </message>
    <message>
        <source>an option&apos;s kind is &quot;text&quot;, &quot;path&quot; or &quot;toggle&quot;</source>
        <translation>die Art einer Option ist &quot;text&quot;, &quot;path&quot; oder &quot;toggle&quot;</translation>
    </message>
    <message>
        <source>a toggle option&apos;s default is &quot;true&quot; or &quot;false&quot;</source>
        <translation>der Standardwert einer Toggle-Option ist &quot;true&quot; oder &quot;false&quot;</translation>
    </message>
    <message>
        <source>only a toggle option rules out the healthcheck</source>
        <translation>nur eine Toggle-Option schließt den Healthcheck aus</translation>
    </message>
    <message>
        <source>only a toggle option replaces the start command</source>
        <translation>nur eine Toggle-Option ersetzt den Startbefehl</translation>
    </message>
    <message>
        <source>only a toggle option sets the start command</source>
        <translation>nur eine Toggle-Option setzt den Startbefehl</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation>fehlender Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not one of the stack&apos;s package managers</source>
        <translation>keiner der Paketmanager des Stacks</translation>
    </message>
    <message>
        <source>not one of the stack&apos;s language versions</source>
        <translation>keine der Sprachversionen des Stacks</translation>
    </message>
    <message>
        <source>not a supported base of the stack</source>
        <translation>keine unterstützte Basis des Stacks</translation>
    </message>
    <message>
        <source>needs at least one stage</source>
        <translation>braucht mindestens eine Stage</translation>
    </message>
    <message>
        <source>holds exactly one stage: the naive single-stage build</source>
        <translation>enthält genau eine Stage: den naiven Single-Stage-Build</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1</source>
        <translation>kein gültiges JSON bei Byte %1</translation>
    </message>
    <message>
        <source>not valid JSON (a number out of range)</source>
        <translation>kein gültiges JSON (Zahl außerhalb des Wertebereichs)</translation>
    </message>
    <message>
        <source>composition cycle: %1</source>
        <translation>Zyklus beim Zusammensetzen: %1</translation>
    </message>
    <message>
        <source>templates compose at most %1 files deep: %2</source>
        <translation>Vorlagen binden höchstens %1 Dateien tief ein: %2</translation>
    </message>
    <message>
        <source>expected a template name: lower case letters, digits and &apos;-&apos;, without &quot;.json&quot;</source>
        <translation>Vorlagenname erwartet: Kleinbuchstaben, Ziffern und &apos;-&apos;, ohne &quot;.json&quot;</translation>
    </message>
    <message>
        <source>no part &apos;%1&apos; in the template folders (parts/%1.json)</source>
        <translation>kein Teil &apos;%1&apos; in den Vorlagenordnern (parts/%1.json)</translation>
    </message>
    <message>
        <source>no stack &apos;%1&apos; in the template folders (%1.json)</source>
        <translation>kein Stack &apos;%1&apos; in den Vorlagenordnern (%1.json)</translation>
    </message>
    <message>
        <source>the files this template composes add up to more than %1 KiB</source>
        <translation>die Dateien, aus denen sich diese Vorlage zusammensetzt, umfassen mehr als %1 KiB</translation>
    </message>
    <message>
        <source>after &apos;#&apos; comes a JSON pointer into the part, e.g. &quot;node-options#/locked&quot;</source>
        <translation>nach &apos;#&apos; folgt ein JSON-Pointer in den Teil, z. B. &quot;node-options#/locked&quot;</translation>
    </message>
    <message>
        <source>the part %1 has nothing at %2</source>
        <translation>der Teil %1 hat nichts unter %2</translation>
    </message>
    <message>
        <source>a part included next to other keys is an object</source>
        <translation>ein neben anderen Schlüsseln eingebundener Teil ist ein Objekt</translation>
    </message>
    <message>
        <source>a file is a non-empty project-relative path of at most 200 characters</source>
        <translation>eine Datei ist ein nicht leerer, projektrelativer Pfad mit höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>a file is relative to the project folder (&apos;/&apos;-separated)</source>
        <translation>eine Datei ist relativ zum Projektordner (mit &apos;/&apos; getrennt)</translation>
    </message>
    <message>
        <source>a file may not hold empty, &apos;.&apos; or &apos;..&apos; parts</source>
        <translation>eine Datei darf keine leeren, &apos;.&apos;- oder &apos;..&apos;-Teile enthalten</translation>
    </message>
    <message>
        <source>only the file name may be a pattern</source>
        <translation>nur der Dateiname darf ein Muster sein</translation>
    </message>
    <message>
        <source>the pattern holds a backreference, which a detection pattern may not</source>
        <translation>das Muster enthält eine Rückreferenz, was ein Erkennungsmuster nicht darf</translation>
    </message>
    <message>
        <source>the pattern holds a repeated group that repeats or alternates inside (exponential time), which a detection pattern may not</source>
        <translation>das Muster enthält eine wiederholte Gruppe, die in sich wiederholt oder alterniert (exponentielle Laufzeit), was ein Erkennungsmuster nicht darf</translation>
    </message>
    <message>
        <source>expected a string or a non-empty list of strings</source>
        <translation>String oder nicht leere Liste von Strings erwartet</translation>
    </message>
    <message>
        <source>expected a non-empty list of strings</source>
        <translation>nicht leere Liste von Strings erwartet</translation>
    </message>
    <message>
        <source>identify rules set nothing; use &quot;values&quot;</source>
        <translation>identify-Regeln setzen nichts; &quot;values&quot; verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not languageVersion, packageManager, buildCommand, startCommand, port, name, buildOutput, file, evidence, refusal or fact:ID</source>
        <translation>&quot;%1&quot; ist nicht languageVersion, packageManager, buildCommand, startCommand, port, name, buildOutput, file, evidence, refusal oder fact:ID</translation>
    </message>
    <message>
        <source>unknown reader &quot;%1&quot; (exists, text, regex, json, toml, yaml, ini, xml)</source>
        <translation>unbekannter Reader &quot;%1&quot; (exists, text, regex, json, toml, yaml, ini, xml)</translation>
    </message>
    <message>
        <source>the %1 reader needs a &quot;key&quot;</source>
        <translation>der %1-Reader braucht einen &quot;key&quot;</translation>
    </message>
    <message>
        <source>the %1 reader takes no &quot;key&quot;</source>
        <translation>der %1-Reader nimmt keinen &quot;key&quot;</translation>
    </message>
    <message>
        <source>the json reader&apos;s key is a JSON pointer (&quot;/require/php&quot;)</source>
        <translation>der key des json-Readers ist ein JSON-Pointer (&quot;/require/php&quot;)</translation>
    </message>
    <message>
        <source>the regex reader needs a &quot;pattern&quot;</source>
        <translation>der regex-Reader braucht ein &quot;pattern&quot;</translation>
    </message>
    <message>
        <source>a pattern is at most 300 characters</source>
        <translation>ein Muster hat höchstens 300 Zeichen</translation>
    </message>
    <message>
        <source>&quot;separator&quot; and &quot;sorted&quot; need &quot;all&quot;: true</source>
        <translation>&quot;separator&quot; und &quot;sorted&quot; brauchen &quot;all&quot;: true</translation>
    </message>
    <message>
        <source>an identify rule runs before any fact is read; use &quot;ifFile&quot; or &quot;unlessFile&quot;</source>
        <translation>eine identify-Regel läuft, bevor ein Fakt gelesen wird; &quot;ifFile&quot; oder &quot;unlessFile&quot; verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fact id (letters, digits and _)</source>
        <translation>&quot;%1&quot; ist keine Fakt-ID (Buchstaben, Ziffern und _)</translation>
    </message>
    <message>
        <source>only a refusal rule is answered by options</source>
        <translation>nur eine Ablehnungsregel wird durch Optionen beantwortet</translation>
    </message>
    <message>
        <source>expected an object: option id -&gt; the value that answers the refusal</source>
        <translation>Objekt erwartet: Options-ID -&gt; der Wert, der die Ablehnung beantwortet</translation>
    </message>
    <message>
        <source>expected the option&apos;s value</source>
        <translation>Wert der Option erwartet</translation>
    </message>
    <message>
        <source>a refusal rule states its reason in &quot;value&quot;</source>
        <translation>eine Ablehnungsregel nennt ihren Grund in &quot;value&quot;</translation>
    </message>
    <message>
        <source>a refusal&apos;s reason is the template&apos;s own text: no {value} or {stem} from the project</source>
        <translation>der Grund einer Ablehnung ist Text der Vorlage selbst: kein {value} oder {stem} aus dem Projekt</translation>
    </message>
    <message>
        <source>unknown reduce &quot;%1&quot; (majorMinor, major, node, java, dotnet, bun)</source>
        <translation>unbekanntes reduce &quot;%1&quot; (majorMinor, major, node, java, dotnet, bun)</translation>
    </message>
    <message>
        <source>confidence is &quot;certain&quot;, &quot;likely&quot; or &quot;guess&quot;</source>
        <translation>confidence ist &quot;certain&quot;, &quot;likely&quot; oder &quot;guess&quot;</translation>
    </message>
    <message>
        <source>a finding is at most 200 characters</source>
        <translation>ein Befund hat höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation>ein Port ist eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>Liste von Regeln erwartet</translation>
    </message>
    <message>
        <source>at most 64 rules</source>
        <translation>höchstens 64 Regeln</translation>
    </message>
    <message>
        <source>expected an object: option id -&gt; fact id</source>
        <translation>Objekt erwartet: Options-ID -&gt; Fakt-ID</translation>
    </message>
    <message>
        <source>expected a fact id (letters, digits, &apos;_&apos;)</source>
        <translation>Fakt-ID erwartet (Buchstaben, Ziffern, &apos;_&apos;)</translation>
    </message>
    <message>
        <source>unknown option id &apos;%1&apos;</source>
        <translation>unbekannte Options-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown fit &quot;%1&quot; (nodeServer, bunServer, nextjs, staticSite)</source>
        <translation>unbekanntes fit &quot;%1&quot; (nodeServer, bunServer, nextjs, staticSite)</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>a language is lower case letters, digits and &apos;-&apos;</source>
        <translation>eine Sprache besteht aus Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>precedence is an integer from 0 to 1000</source>
        <translation>precedence ist eine ganze Zahl von 0 bis 1000</translation>
    </message>
    <message>
        <source>needs at least one rule</source>
        <translation>braucht mindestens eine Regel</translation>
    </message>
    <message>
        <source>unknown analyser &quot;%1&quot; (node, python, go)</source>
        <translation>unbekannter Analyser &quot;%1&quot; (node, python, go)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>String erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected an object of strings</source>
        <translation>Objekt mit String-Werten erwartet</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>the start command must be one line of text (no control characters, UTF-8 only)</source>
        <translation>der Startbefehl muss eine einzige Textzeile sein (keine Steuerzeichen, nur UTF-8)</translation>
    </message>
    <message>
        <source>the start command uses shell expansion (&apos;%1&apos;), which exec form does not perform; write the value itself</source>
        <translation>der Startbefehl verwendet Shell-Expansion (&apos;%1&apos;), die die Exec-Form nicht ausführt; den Wert selbst eintragen</translation>
    </message>
    <message>
        <source>the start command ends with a lone backslash</source>
        <translation>der Startbefehl endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <source>the start command contains &apos;%1&apos;, which only a shell understands; exec form runs the program directly (wrap the logic in a script, or quote the character)</source>
        <translation>der Startbefehl enthält &apos;%1&apos;, was nur eine Shell versteht; die Exec-Form startet das Programm direkt (Logik in ein Skript auslagern oder das Zeichen quoten)</translation>
    </message>
    <message>
        <source>the start command has an unclosed quote</source>
        <translation>der Startbefehl hat ein offenes Anführungszeichen</translation>
    </message>
    <message>
        <source>the start command is empty</source>
        <translation>der Startbefehl ist leer</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 contains a control character or bytes that are not UTF-8 (&apos;%2&apos;); a value must be one line of text</source>
        <translation>%1 enthält ein Steuerzeichen oder Bytes, die kein UTF-8 sind (&apos;%2&apos;); ein Wert muss eine einzige Textzeile sein</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is absolute; it must be relative to the project folder</source>
        <translation>%1 &apos;%2&apos; ist absolut; nötig ist ein Pfad relativ zum Projektordner</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; climbs out of the project folder with &apos;..&apos;</source>
        <translation>%1 &apos;%2&apos; verlässt mit &apos;..&apos; den Projektordner</translation>
    </message>
    <message>
        <source>%1 %2 is out of range</source>
        <translation>%1 %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>%1 braucht eine ganze Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
</context>
</TS>
