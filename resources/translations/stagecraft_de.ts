<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>LayerKind</name>
    <message>
        <source>Base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dependencies (incl. dev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a Dockerfile that does not fit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The build check found %n problem(s) with %1: this Dockerfile would not build or start there as it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>estimate</name>
    <message>
        <source>about %1x smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1% smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no smaller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::BaseStep</name>
    <message>
        <source>Base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image the final stage starts from. Smaller bases ship less to attack and download, but also less to debug with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unavailable: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::BuildSpeedStep</name>
    <message>
        <source>Build speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers are rebuilt only when what they copy changes; these choices make the rebuilds that do happen faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use BuildKit &amp;cache mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use BuildKit cache mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves: downloading every package again whenever the dependency layer is rebuilt. The package manager&apos;s download cache survives between builds on the build machine and never ends up in the image. Needs BuildKit (the default builder since Docker 23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked installs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves: surprises. The image gets exactly the versions you tested, and the install layer is reused until the lockfile changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install follows the project&apos;s lockfile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::DockerfilePreview</name>
    <message>
        <source>Dockerfile preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: the last valid Dockerfile, kept while a choice has a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::ExportFilesView</name>
    <message>
        <source>Files Export writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as Export writes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::FitPanel</name>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does not fit the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Build check:&lt;/b&gt; choose a project folder to check this Dockerfile against its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Build check:&lt;/b&gt; checking against %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Build check:&lt;/b&gt; ✓ fits %1: every file it copies is there, the program it starts is in the image, and the port and address agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Build check:&lt;/b&gt; %n problem(s) with %1. This Dockerfile would not build or start there:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Build check:&lt;/b&gt; runs again once the problem with your choices is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::MainWindow</name>
    <message>
        <source>Stagecraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent f&amp;olders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stack template could not be loaded and is not offered; the other stacks work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stack templates could not be loaded and are not offered; the other stacks work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your image-size file could not be used; the estimates use the built-in figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every stack template in your folder was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Multi-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Single-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stagecraft: read me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stagecraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stagecraft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stagecraft %1&lt;/h3&gt;&lt;p&gt;Teaches and writes production-grade multi-stage Dockerfiles.&lt;/p&gt;&lt;p&gt;Licence: Apache-2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Image sizes: %1 base images, figures published between %2 and %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::OverwriteDialog</name>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already exists and differs from the new version. Lines marked &lt;b&gt;-&lt;/b&gt; are in your file only, lines marked &lt;b&gt;+&lt;/b&gt; in the new one. The other files of this export are asked about on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace, keep a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Replace&lt;/i&gt; keeps the old file as %1.stagecraft-backup; &lt;i&gt;Write as %2&lt;/i&gt; leaves your file untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::PreviewPanel</name>
    <message>
        <source>Multi-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the multi-stage Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the naive single-stage equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-stage Dockerfile preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Multi-stage&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Single-stage&lt;/b&gt; (the naive version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted lines: what your last choice added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w removed lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the lines the last choice removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: the lines your last choice removed stay in view, struck through, until the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the current line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Out of date:&lt;/b&gt; %1. The preview keeps the last valid Dockerfile until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this line&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor or the mouse over a line to see why it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why lines %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (final stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stage %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::ProblemBanner</name>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::ProblemList</name>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix before exporting&lt;/b&gt; (1 problem):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix before exporting&lt;/b&gt; (%1 problems):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the %1 step to fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::ProjectScanPanel</name>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the Dockerfile depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sc&amp;an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use these findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds several projects. Bu&amp;ild:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the steps from these findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the stack, versions, start command and port the scan found; every step can still be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scan found, with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled. The choices in the next steps are yours to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1 … %2 files looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps already matched these findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a %1 project. Use these findings to fill in the next steps; you can still change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stack Stagecraft knows fits this folder; choose one on the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile is written into %1, the project&apos;s own folder, and built from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build context after .dockerignore: %1 in %2 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell %1: set it on the %2 step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::ProjectStep</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point Stagecraft at your project, or start from scratch and pick everything by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/your/project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile, .dockerignore and (if you like) compose.yaml are written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stack and everything else yourself; pick a folder when you export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::ReviewStep</name>
    <message>
        <source>Review and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the choices and the files, then write them into the project folder. Nothing you have is lost: for each file that would change you see the change first and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-root user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache mounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcheck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write &amp;compose.yaml (one service, port published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write compose.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anno&amp;tate: each line&apos;s explanation as a comment above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each line&apos;s explanation as a Dockerfile comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export writes exactly these files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Try it&lt;/b&gt; (from the project folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker build command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the docker build command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the docker run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project folder yet: Export asks where to write the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export asks for a folder, then checks the Dockerfile against its files before writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build check runs again once the problems above are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Dockerfile against this folder …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The build check found nothing missing: the Dockerfile fits this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Does not fit this folder yet&lt;/b&gt; (%n problem(s)); Export asks before writing it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix this before exporting: the problems are listed at the top of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the Dockerfile does not fit this folder yet (see the build check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: you cancelled the export at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the old file as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left your %1 as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::RuntimeStep</name>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the container starts and tells the world about itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs without a shell (exec form), so the app receives stop signals directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a health&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcheck path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ath:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI image &amp;labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI image labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source repository URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence (SPDX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this base: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::SecurityStep</name>
    <message>
        <source>What these choices mean shows here again once the problems above are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers run as root unless told otherwise. A fixed, unprivileged user limits what a compromised app can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a non-&amp;root user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a non-root user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gr&amp;oup id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numeric ids above 10000 do not collide with users of the base image, and let Kubernetes check runAsNonRoot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What this means&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to watch out for with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::SizeChart</name>
    <message>
        <source>Single-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scratch is empty: the image starts with nothing in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no published size for %1, so it counts as nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published size of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published size of %1, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured in your project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed: a typical size for this stack, not measured in your project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The figure covers the whole part, which %1 instructions copy in together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: measured in your project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>striped: assumed typical size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 image, layer %2 of %3: %4, %5 on disk. %6 Made by %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the single-stage image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in the multi-stage image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on disk, %2 to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Made by: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-stage Dockerfile builds and runs in one image: the toolchain, every dependency (dev ones too), the sources and whatever the build left behind all ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multi-stage Dockerfile builds in a throwaway stage; the final image starts from a small runtime base and copies in only what the app needs to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on disk (what &lt;code&gt;docker images&lt;/code&gt; shows), %2 to download (compressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No size estimate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-stage image: %1 on disk in %2 layers. Multi-stage image: %3 on disk in %4 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date, the last valid estimate: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The size of %1 is as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Use the arrow keys to go through the layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated image size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date: the last valid estimate, until the problem is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate yet: choose a stack to see how big the image will be.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::StackStep</name>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project is built with. The choices come from the stack templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rsion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stagecraft::WizardState</name>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/bun</name>
    <message>
        <source>The smallest Bun image: Bun&apos;s musl build on Alpine, with a BusyBox shell for debugging. Native addons must be built for musl.</source>
        <comment>bases/alpine/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun on Debian 13 slim: glibc compatibility for native addons, a shell and apt for debugging.</source>
        <comment>bases/slim/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun on Google&apos;s distroless base (glibc, no OpenSSL, no shell, no package manager): nothing to attack or debug with besides Bun itself. Always runs as the base&apos;s nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distroless has no package manager, so the runtime packages cannot be installed: choose the slim base (apt names) or alpine (apk names), or clear runtimePackages</source>
        <comment>bases/distroless/unavailableOptions/runtimePackages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun is a dynamically linked runtime: it needs libc and its shared libraries, and scratch holds nothing at all.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that runs on Bun instead of Node.js: production dependencies and the sources (or the build output) on the official Bun image, which runs TypeScript directly.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun 1.4 (1.4.5)</source>
        <comment>languageVersions/1.4/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun 1.3 (1.3.14, no longer updated)</source>
        <comment>languageVersions/1.3/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun</source>
        <comment>name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package.json script that builds the app (bun build, a bundler), or empty when Bun runs the sources as they are</source>
        <comment>options/buildScript/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build script</source>
        <comment>options/buildScript/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder the build writes, such as dist; unused without a build step, when the runtime takes the sources as they are</source>
        <comment>options/outputDir/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build output folder</source>
        <comment>options/outputDir/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has bun.lock or bun.lockb: installs are frozen to it; false installs the newest allowed versions, and the build is not reproducible</source>
        <comment>options/locked/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockfile committed</source>
        <comment>options/locked/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has a bunfig.toml (registries, scopes, install settings): it is bind-mounted into each install</source>
        <comment>options/bunfig/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bunfig.toml</source>
        <comment>options/bunfig/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has an .npmrc (registry, auth): each install reads it as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .), never copied into a layer or sent with the build context</source>
        <comment>options/npmrc/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npmrc</source>
        <comment>options/npmrc/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has a patches/ folder (bun patch writes patchedDependencies there): it is bind-mounted into each install</source>
        <comment>options/patches/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patches/ folder</source>
        <comment>options/patches/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bun install --frozen-lockfile installs exactly what bun.lock (or the older binary bun.lockb) records, with the Bun release that also runs the app.</source>
        <comment>packageManagers/bun/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun</source>
        <comment>packageManagers/bun/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bun user and group of the Bun images</source>
        <comment>reservedIds/owner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naive build: one image with the full Bun image, every dependency, the sources and Bun&apos;s download cache.</source>
        <comment>singleStage/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the compilers and headers the dependency installs need; the full Bun image is Debian, so these are apt names.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the manifests first so the install layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the manifest first so the install layer is reused while it is unchanged; the project has no lockfile.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies Bun&apos;s install settings.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the patches the install applies to dependencies.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs every dependency, dev tools included, and leaves Bun&apos;s download cache in the image. Even this naive build reads .npmrc as a secret: a token copied into a layer stays in the image for anyone who pulls it.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs every dependency at the newest versions package.json allows (there is no lockfile, so the build is not reproducible), and leaves Bun&apos;s download cache in the image.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the application.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production mode for the running app, and the port it should listen on.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/12/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/13/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the app in exec form.</source>
        <comment>singleStage/0/instructions/14/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What both install stages share: the same Bun release as the runtime, on the same libc family, so native addons compiled here load there. It installs as root; nothing from here reaches the final image except what is copied out on purpose.</source>
        <comment>stages/base/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ for a native addon that ships no prebuilt binary for musl. The compilers never reach the final image. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package, so a pinned version breaks at its next fix; the Bun image&apos;s Alpine release fixes the set.</source>
        <comment>stages/base/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ for a native addon that ships no prebuilt binary. The builder is Debian 13, like the runtime, so each addon is linked against the same glibc; the compilers never reach the final image. Versions are not pinned (hadolint DL3008): Debian replaces stable packages only with security fixes and the old version then leaves the mirrors; the Debian release fixes the set.</source>
        <comment>stages/base/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every later path is relative to /app; WORKDIR creates it.</source>
        <comment>stages/base/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs only the production dependencies, in a stage of their own so the final image can copy them without dev tools or Bun&apos;s download cache.</source>
        <comment>stages/deps/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the production dependencies exactly as ${lockfile} records them; --frozen-lockfile stops the build instead of quietly changing the lockfile. The Bun release is pinned to the patch, because a newer Bun can rewrite the lockfile and then refuse a frozen install. The manifests are bind-mounted, not copied, so they add no layer. With cache mounts on, Bun&apos;s download cache (/root/.bun/install/cache) persists between builds without becoming part of a layer. An .npmrc arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, so a registry token in it never reaches the image or its history.</source>
        <comment>stages/deps/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs the production dependencies at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run bun install once locally and commit the bun.lock it writes; Stagecraft then switches to a frozen install. With cache mounts on, Bun&apos;s download cache persists between builds without becoming part of a layer. An .npmrc arrives as a BuildKit secret, never in a layer.</source>
        <comment>stages/deps/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the application with every dependency, dev tools included. Only the build output leaves this stage.</source>
        <comment>stages/build/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs all dependencies, dev ones included (bundlers and type checkers are dev dependencies), exactly as ${lockfile} records them, before the sources arrive, so a source change does not repeat the install. An .npmrc arrives as a BuildKit secret, never in a layer.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs all dependencies, dev ones included, at the newest versions package.json allows: without a lockfile the build is not reproducible. Commit bun.lock to make it so. An .npmrc arrives as a BuildKit secret, never in a layer.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources after the install, so editing them reuses the cached install layer. .dockerignore keeps node_modules, .git and secrets out.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the package&apos;s ${buildScript} script, which writes the build output to ${outputDir}.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image that ships: Bun, the production dependencies and the app, nothing else. The official Bun images already hold the one binary Bun needs to run JavaScript and TypeScript.</source>
        <comment>stages/runtime/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE_ENV tells libraries to run in production mode; it is set only here, because in an install stage it would skip dev dependencies. Bun.serve listens on PORT when the code names no port, and most servers read it too.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the system libraries the app needs at run time, and nothing else; --no-cache leaves no package index in the layer. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package in a release, so a pinned version breaks the build at the next security fix.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the system libraries the app needs at run time, without recommended extras, and removes the package lists in the same layer. Versions are not pinned (hadolint DL3008): Debian replaces a stable package only with security fixes, and an exact version then leaves the mirrors.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lives in /app (the Bun images&apos; own /home/bun/app is not used: the app belongs to no home folder).</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group). The image&apos;s own bun user (1000) would do too; a separate id keeps the app&apos;s files apart from anything else that runs as 1000.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes only the production dependencies from the deps stage; dev dependencies and Bun&apos;s cache stay behind. They stay owned by root: the app can read them but not change them.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a build step the sources are the app: Bun runs TypeScript and JSX directly, transpiling as it loads each file, so there is no compile step to ship the output of. They come from the build context (.dockerignore keeps node_modules, .git and secrets out) and stay owned by root, so the app cannot rewrite its own code.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes package.json: Bun reads its &quot;type&quot; and &quot;imports&quot; fields when it loads the app.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the build output alone; the sources and dev dependencies stay in the build stage.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distroless Bun image has no bun user and would run as root: this runs as the base&apos;s built-in nonroot user (65532) instead, which is always chosen here.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/12/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering. It uses Bun&apos;s own fetch, so it works on every base, distroless included, with no curl or shell.</source>
        <comment>stages/runtime/instructions/13/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts Bun directly in exec form, replacing the image&apos;s own entrypoint, so Bun is PID 1 and receives SIGTERM on docker stop (bun run start would start a second process). Arguments given to docker run are appended.</source>
        <comment>stages/runtime/instructions/14/explain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/go</name>
    <message>
        <source>A 4 MB base with a BusyBox shell for debugging; the static binary does not care that it uses musl.</source>
        <comment>bases/alpine/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian without extras: a familiar shell and apt for debugging, about 30 MB.</source>
        <comment>bases/slim/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian slim has no HTTP client (curl or wget) to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/slim/healthcheckUnavailable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 2 MB: CA certificates, time zones, /tmp and a nonroot user, but no shell or package manager. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distroless static has no shell and no HTTP client to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/distroless/healthcheckUnavailable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distroless static</source>
        <comment>bases/distroless/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing but the binary and the few files the build copies in: the smallest possible image.</source>
        <comment>bases/scratch/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scratch holds only the binary: there is no shell or HTTP client to probe the app with; give the binary a health subcommand or use your orchestrator&apos;s HTTP probe</source>
        <comment>bases/scratch/healthcheckUnavailable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Go service built as one static binary, cross-compiled on the build machine and shipped on a base that holds little or nothing else.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go 1.27</source>
        <comment>languageVersions/1.27/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go 1.26</source>
        <comment>languageVersions/1.26/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go 1.25 (end of life: no security fixes)</source>
        <comment>languageVersions/1.25/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go 1.24 (end of life: no security fixes)</source>
        <comment>languageVersions/1.24/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go 1.23 (end of life: no security fixes)</source>
        <comment>languageVersions/1.23/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go 1.22 (end of life: no security fixes)</source>
        <comment>languageVersions/1.22/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <comment>name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package holding func main, relative to go.mod: &apos;.&apos; or a path such as ./cmd/server</source>
        <comment>options/mainPackage/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main package</source>
        <comment>options/mainPackage/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the module has a go.sum; a module without dependencies has none, and mounting or copying a missing file fails the build</source>
        <comment>options/goSum/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go.sum exists</source>
        <comment>options/goSum/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build with cgo (import &quot;C&quot; or a dependency such as go-sqlite3): the binary links libc dynamically, so it needs a base with glibc (Debian slim)</source>
        <comment>options/cgo/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses cgo</source>
        <comment>options/cgo/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go mod download fetches exactly the versions go.mod and go.sum record.</source>
        <comment>packageManagers/go/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go modules</source>
        <comment>packageManagers/go/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naive build: the whole Go toolchain, the module and build caches and the sources, shipped together with the binary.</source>
        <comment>singleStage/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids, early, so this layer is never rebuilt.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources live in /src.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the module files first so the download layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the module file first so the download layer is reused while it is unchanged; the module has no go.sum.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads the modules into the image&apos;s module cache, where they stay.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the binary with the default settings, leaving the build cache in the image.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the binary in exec form.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiles the binary with the full Go toolchain. It runs on the build machine&apos;s own platform and cross-compiles for the target, so a multi-platform build never runs the compiler under emulation.</source>
        <comment>stages/build/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BuildKit fills these with the platform being built for (e.g. linux and arm64); declaring them makes them visible in this stage.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every later path is relative to /src; WORKDIR creates it.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads the modules go.mod and go.sum pin, in a step of its own so it reruns only when they change. They are bind-mounted, not copied, so they add no layer; a module without dependencies has no go.sum, and then only go.mod is mounted.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the binary with cgo, which the project needs: it links the builder&apos;s glibc dynamically, so it runs only on a base with a compatible glibc (Debian slim). The builder&apos;s gcc compiles for its own platform: a multi-platform build needs a cross compiler per target (set CC), or one build per platform.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds a static binary for the target platform. CGO_ENABLED=0 is explicit because cgo is on whenever gcc exists, which would link libc dynamically. -trimpath drops local paths for reproducible builds; -s strips symbols (since Go 1.22 it implies -w, kept for readers who know the pair). The sources are bind-mounted, never a layer, so the binary is written outside them.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares the few files a program expects and scratch lacks (user entries, CA certificates, time zones, /tmp) in a folder, so the final image copies them in one layer.</source>
        <comment>stages/rootfs/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes passwd and group entries for root and the app user (user lookups fail without them), /tmp with mode 1777 as programs expect, the CA bundle for TLS, and Go&apos;s own time zone database.</source>
        <comment>stages/rootfs/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes passwd and group entries for root (user lookups fail without them), /tmp with mode 1777 as programs expect, the CA bundle for TLS, and Go&apos;s own time zone database.</source>
        <comment>stages/rootfs/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image that ships: the binary on the chosen base, without the toolchain, the module cache or the sources.</source>
        <comment>stages/runtime/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the prepared files into the empty image; copying the folder&apos;s contents keeps /tmp&apos;s sticky, world-writable mode.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian slim has no CA certificates; Go reads this bundle to verify TLS servers, so outgoing HTTPS works.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base has no time zone database; this is the one that ships with the Go release used to build, so time.LoadLocation works.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells Go where its time zone database is; a -trimpath binary does not know where the toolchain lived.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes only the binary from the build stage. It stays owned by root on purpose: the app user can run it but not overwrite it.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it keeps the intent visible. Its only root variant is the unversioned :latest tag, so this base always runs unprivileged.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering, using BusyBox&apos;s wget in exec form (no shell involved).</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the binary directly in exec form, so it is PID 1 and receives SIGTERM on docker stop; arguments given to docker run are appended.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/nextjs</name>
    <message>
        <source>Only Node.js and its libraries: no shell or package manager to attack, nothing to debug with. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next.js runs its standalone server.js on Node.js, which needs the node runtime and its shared libraries; scratch holds nothing at all.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Next.js app: with output: &apos;standalone&apos;, the traced server, its static files and public assets run on a small Node.js base; without it, next start runs .next with the production dependencies.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next.js</source>
        <comment>name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has a public/ folder: the runtime copies it next to the standalone server</source>
        <comment>options/publicDir/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public/ folder</source>
        <comment>options/publicDir/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has a pnpm-workspace.yaml (pnpm 10 keeps settings such as onlyBuiltDependencies there): it is bind-mounted into the install</source>
        <comment>options/pnpmWorkspace/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml</source>
        <comment>options/pnpmWorkspace/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when next.config sets output: &apos;standalone&apos;, so the image ships .next/standalone; false runs next start with .next and the production node_modules</source>
        <comment>options/nextStandalone/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone output</source>
        <comment>options/nextStandalone/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s next.config file, which next start reads at start-up (only without standalone output)</source>
        <comment>options/nextConfig/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next.config file</source>
        <comment>options/nextConfig/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when next.config.ts must be compiled at start-up and typescript is only a dev dependency: the runtime then takes typescript from the build stage</source>
        <comment>options/configTypescript/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TypeScript for next.config.ts</source>
        <comment>options/configTypescript/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node user and group of the Node.js images</source>
        <comment>reservedIds/owner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naive build: one image with the full Node.js toolchain, every dependency, the sources, the build and the package cache, served by next start.</source>
        <comment>singleStage/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the ${installHook} script now that the sources it needs are here, then next build.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates the Prisma client with the project&apos;s own Prisma CLI, then runs next build.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs next build.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production mode and no telemetry for the running app, set after the install so dev dependencies were installed; next start listens on PORT.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and gives it the .next folder so Next.js can write its cache: the naive way, which copies every file under .next into one more layer.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts next start from the full installation in exec form (the naive variant does not use the standalone output).</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without output: &apos;standalone&apos;, next start loads its packages from node_modules, so the production dependencies are installed in a stage of their own, without build tools, for the runtime to copy.</source>
        <comment>stages/deps/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs every dependency and runs next build. Only the standalone output, the static bundles and public/ leave this stage.</source>
        <comment>stages/build/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps next build from sending anonymous usage data from the build machine. NODE_ENV is left alone: next build sets production itself, and setting it before the install would drop the dev dependencies the build needs.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources after the dependencies, so editing code does not invalidate the dependency layer. .dockerignore keeps node_modules, .git and secrets out.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the project&apos;s ${installHook} script, which the installs skipped, now that the sources it reads are here (prisma generate reads prisma/schema.prisma); then next build, in one step, as the build needs what the hook prepares.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates the Prisma client with the Prisma CLI the lockfile pins (npx prisma@latest could fetch an incompatible major), then runs next build against it. Migrations are not run here: a build has no database; run prisma migrate deploy as a separate deployment job.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs next build. With output: &apos;standalone&apos; in next.config it writes .next/standalone: a minimal server.js plus only the node_modules files the server actually uses.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only without output: &apos;standalone&apos;. Leaves out next build&apos;s own cache, which speeds up the next build on a developer&apos;s machine and does nothing for a running server.</source>
        <comment>stages/nextbuild/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.next/cache holds the bundler&apos;s and the image optimiser&apos;s caches from the build; removing it here, in a stage the image never ships, keeps the COPY of .next that follows small.</source>
        <comment>stages/nextbuild/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image that ships: Node.js and the standalone server with the files it traced, nothing else.</source>
        <comment>stages/runtime/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production mode for Next.js and its libraries, and no telemetry from the running server.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standalone server lives in /app.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public assets (images, robots.txt). The standalone server serves ./public but does not copy it itself; read-only for the app user.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public assets (images, robots.txt), which next start serves from ./public; read-only for the app user.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standalone server: server.js and the traced node_modules it needs, nothing else from the dependency tree. Owned by the app user so Next.js can write its prerender and image cache under .next, with no separate chown layer.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hashed JavaScript and CSS bundles, which the standalone build leaves out; server.js serves them from .next/static.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without output: &apos;standalone&apos;, next start loads every production dependency from node_modules, usually the largest layer of this image. Adding output: &apos;standalone&apos; to next.config and generating again replaces it with the few files the server really imports (.next/standalone); `stagecraft estimate --option nextStandalone=true` shows what that saves.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next.config.ts is compiled with the typescript package every time next start runs, and typescript is a dev dependency here: without it next start would try to install it at start-up. TypeScript has no dependencies of its own, so its folder from the build stage is enough.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next start reads package.json and the project&apos;s next.config at start-up, as next build did.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiled app next build wrote, without its build cache. Owned by the app user because Next.js writes its prerender and image cache under .next while it runs.</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server.js listens on PORT and binds to HOSTNAME. Docker sets HOSTNAME to the container id, so it must be 0.0.0.0 or the server would not be reachable from outside the container.</source>
        <comment>stages/runtime/instructions/12/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the server listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/13/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the standalone server with Node.js directly in exec form, so it receives SIGTERM on docker stop. Node does not reap zombies as PID 1: run with docker run --init.</source>
        <comment>stages/runtime/instructions/15/explain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/node</name>
    <message>
        <source>Only Node.js and its libraries: no shell or package manager to attack, nothing to debug with. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distroless has no package manager, so the runtime packages cannot be installed: choose the slim base (apt names) or alpine (apk names), or clear runtimePackages</source>
        <comment>bases/distroless/unavailableOptions/runtimePackages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js programs need the node runtime and its shared libraries, and scratch holds nothing at all.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Node.js server: production dependencies and the build output run on a small Node.js base.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js</source>
        <comment>name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package.json script that builds the app, or empty when there is no build step</source>
        <comment>options/buildScript/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build script</source>
        <comment>options/buildScript/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder the build writes, such as dist, build or .output; unused without a build step, when the runtime takes the sources as they are</source>
        <comment>options/outputDir/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build output folder</source>
        <comment>options/outputDir/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable the app reads its listen address from (HOST for Astro), set to 0.0.0.0; empty when it listens on all interfaces already</source>
        <comment>options/hostEnv/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address variable</source>
        <comment>options/hostEnv/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true for Prisma 6 and older (prisma-client-js): the runtime takes the generated client from node_modules/.prisma and gets the OpenSSL its engine loads</source>
        <comment>options/prismaEngine/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisma 6 client</source>
        <comment>options/prismaEngine/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app: the runtime gets package.json, the production dependencies and the build output; output: the build output alone, for frameworks whose build carries its own dependencies (Nuxt&apos;s .output)</source>
        <comment>options/runtimeLayout/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime layout</source>
        <comment>options/runtimeLayout/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node user and group of the Node.js images</source>
        <comment>reservedIds/owner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naive build: one image with the full Node.js toolchain, every dependency, the sources and the package cache.</source>
        <comment>singleStage/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the ${installHook} script now that the sources it needs are here.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the ${installHook} script now that the sources it needs are here, then builds the application.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates the Prisma client with the project&apos;s own Prisma CLI.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates the Prisma client with the project&apos;s own Prisma CLI, then builds the application.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the application.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production mode for the running app, set after the install so dev dependencies were installed, and the port it should listen on.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the app listen on every interface instead of the container&apos;s own localhost.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the app in exec form.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs only the production dependencies, in a stage of their own so the final image can copy them without any build tools.</source>
        <comment>stages/deps/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the application with every dependency, dev tools included. Nothing from this stage reaches the final image except the build output (and a generated Prisma client). A project with nothing to build or generate has no such stage: its sources are the app.</source>
        <comment>stages/build/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources after the dependencies, so editing code does not invalidate the dependency layer. .dockerignore keeps node_modules, .git and secrets out.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the project&apos;s ${installHook} script, which the installs skipped, now that the sources it reads are here (prisma generate reads prisma/schema.prisma, nuxt prepare the Nuxt config).</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the project&apos;s ${installHook} script, which the installs skipped, now that the sources it reads are here (prisma generate reads prisma/schema.prisma, nuxt prepare the Nuxt config). Then the build script writes the build output; one step, as the build needs what the hook prepares.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates the Prisma client from prisma/schema.prisma with the Prisma CLI the lockfile pins; npx prisma@latest could fetch an incompatible major version. Migrations are not run here: a build has no database, and schema changes belong to deployment, as a separate prisma migrate deploy job before the new image starts.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates the Prisma client from prisma/schema.prisma with the Prisma CLI the lockfile pins; npx prisma@latest could fetch an incompatible major version. Migrations are not run here: a build has no database, and schema changes belong to deployment, as a separate prisma migrate deploy job before the new image starts. The build script then compiles against the generated client.</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the package&apos;s build script (TypeScript, bundler), which writes the build output.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image that ships: the Node.js runtime, production dependencies and the build output, nothing else.</source>
        <comment>stages/runtime/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODE_ENV tells Node.js libraries to run in production mode; it is set only in this stage, because in a build stage it would make the install skip dev dependencies. PORT is the port the app should listen on, by the convention most Node.js servers follow.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prisma 6 query engine is a native library that loads OpenSSL at run time, and the Alpine Node.js image has none. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package in a release, so a pinned version breaks the build at the next security fix; the pinned alpine release is what fixes the set.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prisma 6 query engine is a native library that loads OpenSSL at run time, and the Alpine Node.js image has none; the extra runtime packages come in the same step. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package in a release, so a pinned version breaks the build at the next security fix; the pinned alpine release is what fixes the set.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the system libraries the app needs at run time, and nothing else. --no-cache leaves no package index in the layer. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package in a release, so a pinned version breaks the build at the next security fix; the pinned alpine release is what fixes the set.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prisma 6 query engine loads OpenSSL at run time, and the slim Node.js image has none. The package lists are removed in the same layer. Versions are not pinned (hadolint DL3008): Debian replaces a stable package only with security fixes, and an exact version disappears from the mirrors when that happens; the pinned Debian release fixes the set.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prisma 6 query engine loads OpenSSL at run time, and the slim Node.js image has none; the extra runtime packages come in the same step. The package lists are removed in the same layer. Versions are not pinned (hadolint DL3008): Debian replaces a stable package only with security fixes, and an exact version disappears from the mirrors when that happens; the pinned Debian release fixes the set.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the system libraries the app needs at run time, without recommended extras, and removes the package lists in the same layer. Versions are not pinned (hadolint DL3008): Debian replaces a stable package only with security fixes, and an exact version disappears from the mirrors when that happens; the pinned Debian release fixes the set.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes only the production dependencies from the deps stage; dev dependencies and the package manager&apos;s cache stay behind.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the Prisma client the build stage generated (Prisma 6 writes it, with its query engine for this libc, into node_modules/.prisma); the production install never ran prisma generate.</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a build step the sources are the app: they come straight from the build context (.dockerignore keeps node_modules, .git and secrets out), and the dependencies from the deps stage stay in place.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes package.json: Node.js reads its &quot;type&quot; field to decide between ES modules and CommonJS.</source>
        <comment>stages/runtime/instructions/12/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the build output from the build stage, owned by the app user without a separate chown layer.</source>
        <comment>stages/runtime/instructions/13/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the build output alone: the framework&apos;s build bundled the server and copied the few packages it still imports into the output (Nuxt: .output/server/node_modules), so neither package.json nor the project&apos;s node_modules is needed, and the image skips every dependency the build only used.</source>
        <comment>stages/runtime/instructions/14/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app listens on localhost unless ${hostEnv} says otherwise, and localhost inside a container is unreachable from outside it: 0.0.0.0 listens on every interface.</source>
        <comment>stages/runtime/instructions/16/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/17/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts Node.js directly in exec form so it receives SIGTERM on docker stop (npm start would swallow it). Node does not reap zombies as PID 1: run with docker run --init.</source>
        <comment>stages/runtime/instructions/19/explain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/parts/node-bases</name>
    <message>
        <source>Smallest Node.js image; musl libc, so native addons must be built for musl (Node.js calls its musl builds experimental).</source>
        <comment>alpine/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>alpine/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian with only what Node.js needs: glibc compatibility, a shell for debugging.</source>
        <comment>slim/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>slim/name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/parts/node-install</name>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ to build a native addon that ships no prebuilt binary for musl. Both dependency stages start from here, so each addon is compiled against the same libc as the runtime; the compilers never reach the final image. Versions are not pinned (hadolint DL3018): Alpine keeps only the current build of each package, so a pinned version breaks at its next fix; the pinned alpine release fixes the set.</source>
        <comment>buildPackages/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ to build a native addon that ships no prebuilt binary. The builder is Debian, like the runtime, so each addon is linked against the same glibc; the compilers never reach the final image. Versions are not pinned (hadolint DL3008): Debian replaces stable packages only with security fixes and the old version then leaves the mirrors; the pinned Debian release fixes the set.</source>
        <comment>buildPackages/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces distroless&apos;s own entrypoint with the full command in exec form; there is no shell to run anything else.</source>
        <comment>distrolessEntrypoint/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering. It uses Node&apos;s own fetch, so no curl or shell is needed.</source>
        <comment>healthcheck/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json is copied rather than bind-mounted here, because the next step edits it: its ${installHook} script needs the project&apos;s sources, which are not in this stage yet.</source>
        <comment>installAll/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the project&apos;s own ${installHook} script from this copy of package.json, so the install below still runs the install scripts of the dependencies (native addons compile there) without failing on a hook that needs files not copied yet. The build stage runs the script itself once the sources are copied.</source>
        <comment>installAll/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs all dependencies, dev ones included, because compilers and bundlers are dev dependencies (NODE_ENV is deliberately not production here: that would make the install skip them) exactly as the lockfile records them. The package manager&apos;s download cache lives in a BuildKit cache mount, reused across builds and never part of a layer. With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installAll/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs all dependencies, dev ones included, because compilers and bundlers are dev dependencies (NODE_ENV is deliberately not production here: that would make the install skip them) exactly as the lockfile records them. Without a cache mount every rebuild of this layer downloads afresh; what the download cache leaves stays in this build stage.${cacheCleanupNote} With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installAll/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs all dependencies, dev ones included, because compilers and bundlers are dev dependencies (NODE_ENV is deliberately not production here: that would make the install skip them) at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run the install once locally and commit the lockfile it writes; Stagecraft then switches to a frozen install. The package manager&apos;s download cache lives in a BuildKit cache mount, reused across builds and never part of a layer. With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installAll/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs all dependencies, dev ones included, because compilers and bundlers are dev dependencies (NODE_ENV is deliberately not production here: that would make the install skip them) at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run the install once locally and commit the lockfile it writes; Stagecraft then switches to a frozen install. Without a cache mount every rebuild of this layer downloads afresh; what the download cache leaves stays in this build stage.${cacheCleanupNote} With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installAll/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json is copied rather than bind-mounted here, because the next step edits it: its ${installHook} script needs the project&apos;s sources, which are not in this stage yet.</source>
        <comment>installProduction/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the project&apos;s own ${installHook} script from this copy of package.json, so the install below still runs the install scripts of the dependencies (native addons compile there) without failing on a hook that needs files not copied yet.</source>
        <comment>installProduction/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs production dependencies exactly as the lockfile records them. The package manager&apos;s download cache lives in a BuildKit cache mount, reused across builds and never part of a layer. With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installProduction/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs production dependencies exactly as the lockfile records them. Without a cache mount every rebuild of this layer downloads afresh; what the download cache leaves stays in this build stage.${cacheCleanupNote} With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installProduction/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs production dependencies at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run the install once locally and commit the lockfile it writes; Stagecraft then switches to a frozen install. The package manager&apos;s download cache lives in a BuildKit cache mount, reused across builds and never part of a layer. With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installProduction/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no lockfile, so this installs production dependencies at the newest versions package.json allows: two builds of the same sources can get different dependencies, and the build is not reproducible. Run the install once locally and commit the lockfile it writes; Stagecraft then switches to a frozen install. Without a cache mount every rebuild of this layer downloads afresh; what the download cache leaves stays in this build stage.${cacheCleanupNote} With an .npmrc, it arrives as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .): readable during this step only, never written to a layer, so a registry token in it cannot leak through the image or its history.</source>
        <comment>installProduction/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every later path is relative to /app; WORKDIR creates it.</source>
        <comment>packageManagerSetup/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pnpm keeps its content-addressable store in $PNPM_HOME/store only when PNPM_HOME is set (otherwise under ~/.local/share), so this makes /pnpm/store the store the cache mount targets.</source>
        <comment>packageManagerSetup/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes Yarn install a node_modules folder instead of Plug&apos;n&apos;Play: the runtime stage copies node_modules, and Plug&apos;n&apos;Play would leave the packages in Yarn&apos;s cache, outside the image.</source>
        <comment>packageManagerSetup/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corepack (bundled with Node.js up to 24, installed pinned from npm on 26) provides ${toolName} ${toolVersion}, pinned and downloaded once in this layer. A &quot;packageManager&quot; field in package.json still takes precedence inside the project.</source>
        <comment>packageManagerSetup/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js 26 images no longer bundle Yarn 1, so the last Yarn classic release is installed, pinned, with npm.</source>
        <comment>packageManagerSetup/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the single bun binary from the official image of a pinned Bun release, built for this base&apos;s libc. Bun only installs dependencies and runs scripts here; it never reaches the final image.</source>
        <comment>packageManagerSetup/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>runAs/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it numerically keeps the intent visible to reviewers and to Kubernetes&apos; runAsNonRoot.</source>
        <comment>runAs/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>runtimeUsers/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>runtimeUsers/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the compilers and headers the dependency installs need; the full image is Debian, so these are apt names.</source>
        <comment>singleStageInstall/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>singleStageInstall/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where pnpm keeps its store ($PNPM_HOME/store).</source>
        <comment>singleStageInstall/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes Yarn install a node_modules folder, which the start command expects.</source>
        <comment>singleStageInstall/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provides ${toolName} ${toolVersion} through Corepack, pinned.</source>
        <comment>singleStageInstall/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js 26 images no longer bundle Yarn 1, so it is installed, pinned, with npm.</source>
        <comment>singleStageInstall/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the bun binary from the official image of a pinned Bun release.</source>
        <comment>singleStageInstall/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the manifests first so the install layer is reused while they are unchanged.</source>
        <comment>singleStageInstall/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the manifest first so the install layer is reused while it is unchanged; the project has no lockfile.</source>
        <comment>singleStageInstall/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies Yarn&apos;s settings the install reads.</source>
        <comment>singleStageInstall/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the Yarn release a yarnPath setting points to.</source>
        <comment>singleStageInstall/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the Yarn plugins the install loads.</source>
        <comment>singleStageInstall/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the patches Yarn applies to dependencies.</source>
        <comment>singleStageInstall/12/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies pnpm&apos;s settings the install needs.</source>
        <comment>singleStageInstall/13/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the pnpm hooks the install runs.</source>
        <comment>singleStageInstall/14/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the patches the install applies to dependencies.</source>
        <comment>singleStageInstall/15/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs every dependency, dev tools included, and leaves the package cache in the image. Even this naive build reads .npmrc as a secret (docker build --secret id=npmrc,src=.npmrc .): a token copied into a layer stays in the image for anyone who pulls it.</source>
        <comment>singleStageInstall/16/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs every dependency at the newest versions package.json allows (there is no lockfile, so the build is not reproducible), and leaves the package cache in the image. .npmrc arrives as a secret, never in a layer.</source>
        <comment>singleStageInstall/17/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs every dependency, dev tools included, and leaves the package cache in the image. Even this naive build reads .npmrc as a secret (docker build --secret id=npmrc,src=.npmrc .): a token copied into a layer stays in the image for anyone who pulls it. The ${installHook} script is first dropped from the copied package.json, as it needs sources not copied yet; COPY . . brings it back and it runs after that.</source>
        <comment>singleStageInstall/18/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs every dependency at the newest versions package.json allows (there is no lockfile, so the build is not reproducible), and leaves the package cache in the image. .npmrc arrives as a secret, never in a layer. The ${installHook} script is first dropped from the copied package.json, as it needs sources not copied yet; COPY . . brings it back and it runs after that.</source>
        <comment>singleStageInstall/19/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStageInstall/20/explain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/parts/node-options</name>
    <message>
        <source>system packages the install and build need, such as python3 make g++ for node-gyp (the same names on Alpine and Debian), separated by spaces; they never reach the runtime image</source>
        <comment>buildPackages/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra build packages</source>
        <comment>buildPackages/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bun.lock, or bun.lockb for projects locked with Bun before 1.2</source>
        <comment>bunLockfile/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun lockfile</source>
        <comment>bunLockfile/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root package.json script (preinstall, install or postinstall) that needs the project&apos;s sources, such as prisma generate or nuxt prepare: the dependency installs skip it and the build stage runs it after copying the sources</source>
        <comment>installHook/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install hook needing the sources</source>
        <comment>installHook/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has its package manager&apos;s lockfile: installs are frozen to it; false installs the newest allowed versions, and the build is not reproducible</source>
        <comment>locked/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockfile committed</source>
        <comment>locked/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has an .npmrc (registry, auth, install settings): each install reads it as a BuildKit secret (docker build --secret id=npmrc,src=.npmrc .), never copied into a layer or sent with the build context</source>
        <comment>npmrc/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npmrc</source>
        <comment>npmrc/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has a patches/ folder (patchedDependencies, patch-package): it is bind-mounted into each install</source>
        <comment>patches/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patches/ folder</source>
        <comment>patches/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has a pnpm-workspace.yaml (pnpm 10 keeps settings such as onlyBuiltDependencies there): it is bind-mounted into each install</source>
        <comment>pnpmWorkspace/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml</source>
        <comment>pnpmWorkspace/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has a .pnpmfile.cjs (pnpm hooks that rewrite dependencies at install): it is bind-mounted into each install</source>
        <comment>pnpmfile/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.pnpmfile.cjs</source>
        <comment>pnpmfile/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project uses Prisma and no install hook or build script generates its client: the build stage runs the project&apos;s own Prisma CLI</source>
        <comment>prismaGenerate/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run prisma generate</source>
        <comment>prismaGenerate/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system libraries the running app needs (apk names on Alpine, apt names on Debian slim), separated by spaces; distroless has no package manager, so it cannot have any</source>
        <comment>runtimePackages/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra runtime packages</source>
        <comment>runtimePackages/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn 4: true when the project has .yarn/patches (patch: dependencies): it is mounted into each install</source>
        <comment>yarnPatches/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.yarn/patches folder</source>
        <comment>yarnPatches/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn 4: true when the project has .yarn/plugins: it is mounted into each install</source>
        <comment>yarnPlugins/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.yarn/plugins folder</source>
        <comment>yarnPlugins/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn 4: true when the project keeps its Yarn release in .yarn/releases (a yarnPath setting): it is mounted into each install</source>
        <comment>yarnReleases/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.yarn/releases folder</source>
        <comment>yarnReleases/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn 4: true when the project has a .yarnrc.yml, which is then mounted into each install</source>
        <comment>yarnrc/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.yarnrc.yml</source>
        <comment>yarnrc/label</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/parts/node-package-managers</name>
    <message>
        <source>npm ci installs exactly what package-lock.json records.</source>
        <comment>npm/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm</source>
        <comment>npm/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pnpm install --frozen-lockfile installs exactly what pnpm-lock.yaml records; pnpm itself comes pinned through Corepack.</source>
        <comment>pnpm/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pnpm</source>
        <comment>pnpm/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yarn install --frozen-lockfile installs exactly what yarn.lock records, with the Yarn 1 the Node.js image ships.</source>
        <comment>yarn/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn classic (1.x)</source>
        <comment>yarn/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yarn install --immutable installs exactly what yarn.lock records; Yarn comes pinned through Corepack and installs a node_modules folder.</source>
        <comment>yarn-berry/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn berry (4.x)</source>
        <comment>yarn-berry/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bun install --frozen-lockfile installs exactly what bun.lock (or the older binary bun.lockb) records; Bun only installs, Node.js runs the app.</source>
        <comment>bun/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bun (as installer)</source>
        <comment>bun/name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/parts/node-stages</name>
    <message>
        <source>The toolchain every build stage shares: Node.js on the same libc family as the runtime base, so native addons keep working, plus the pinned package manager.</source>
        <comment>base/explain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/parts/node-versions</name>
    <message>
        <source>Node.js 26 (Active LTS)</source>
        <comment>26/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js 24 (LTS, maintenance)</source>
        <comment>24/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js 22 (LTS, maintenance)</source>
        <comment>22/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node.js 20 (end of life since April 2026: upgrade soon)</source>
        <comment>20/name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/python</name>
    <message>
        <source>Small, but musl libc: only packages that publish musllinux wheels install without compiling, and the builder must be Alpine too.</source>
        <comment>bases/alpine/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official Python image on Debian without extras: manylinux wheels just work, and a shell is there for debugging.</source>
        <comment>bases/slim/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian&apos;s own Python 3.13 and nothing else: no shell or package manager. The environment is built on Debian 13 so the interpreter paths match. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distroless</source>
        <comment>bases/distroless/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python programs need the interpreter, its standard library and libc, and scratch holds nothing at all; choose distroless for the smallest Python image.</source>
        <comment>bases/scratch/unsupported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Python web service: dependencies installed into a virtual environment in a builder stage, copied onto a runtime with the same interpreter.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3.14</source>
        <comment>languageVersions/3.14/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gcr.io/distroless/python3-debian13 ships Debian&apos;s Python 3.13, and a virtual environment only runs on the Python version it was built with: choose Python 3.13 for distroless, or the slim base</source>
        <comment>languageVersions/3.14/unavailableBases/distroless</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3.13</source>
        <comment>languageVersions/3.13/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3.12 (security fixes only)</source>
        <comment>languageVersions/3.12/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gcr.io/distroless/python3-debian13 ships Debian&apos;s Python 3.13, and a virtual environment only runs on the Python version it was built with: choose Python 3.13 for distroless, or the slim base</source>
        <comment>languageVersions/3.12/unavailableBases/distroless</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <comment>name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip installs requirements.txt when the project has one; a standard-library-only app has none, and its environment stays empty</source>
        <comment>options/requirements/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirements.txt exists</source>
        <comment>options/requirements/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uv and Poetry: install the project&apos;s own package after its sources are copied (src layout, [project.scripts] entry points in .venv/bin)</source>
        <comment>options/installProject/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the project itself</source>
        <comment>options/installProject/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run python manage.py collectstatic in the build stage (settings.py sets STATIC_ROOT)</source>
        <comment>options/collectStatic/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Django collectstatic</source>
        <comment>options/collectStatic/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder STATIC_ROOT names, relative to the project: collectstatic writes it in the build stage and the image copies it</source>
        <comment>options/staticRoot/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Django STATIC_ROOT</source>
        <comment>options/staticRoot/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system packages the build stage needs to compile sdists (e.g. gcc libpq-dev on Debian, gcc musl-dev on Alpine), separated by spaces; they never reach the runtime image</source>
        <comment>options/buildPackages/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra build packages</source>
        <comment>options/buildPackages/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip installs the pinned versions listed in requirements.txt into a virtual environment.</source>
        <comment>packageManagers/pip/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip (requirements.txt)</source>
        <comment>packageManagers/pip/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poetry installs exactly what poetry.lock records (main group only) into an in-project virtual environment.</source>
        <comment>packageManagers/poetry/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poetry</source>
        <comment>packageManagers/poetry/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uv syncs the virtual environment to uv.lock, failing if the lock is out of date with pyproject.toml.</source>
        <comment>packageManagers/uv/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uv</source>
        <comment>packageManagers/uv/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naive build: the full Python image with compilers and headers, the dependencies, the packaging tools and the sources in one image.</source>
        <comment>singleStage/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet pip without a download cache, and unbuffered logs.</source>
        <comment>singleStage/0/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poetry creates the environment in /app/.venv.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids, early, so this layer is never rebuilt.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lives in /app.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs a pinned Poetry next to the app, where it stays.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs a pinned uv next to the app, where it stays.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the dependency manifests first so the install layer is reused while they are unchanged.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the dependencies into the image&apos;s system Python.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the locked main dependencies; Poetry&apos;s download cache stays in the image.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the locked dependencies; uv&apos;s download cache stays in the image.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources.</source>
        <comment>singleStage/0/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the project itself with its entry points.</source>
        <comment>singleStage/0/instructions/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the project itself with its entry points.</source>
        <comment>singleStage/0/instructions/12/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects the static files; the placeholder secret key is set for this command only.</source>
        <comment>singleStage/0/instructions/13/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the environment&apos;s programs first on PATH.</source>
        <comment>singleStage/0/instructions/14/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user.</source>
        <comment>singleStage/0/instructions/15/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on.</source>
        <comment>singleStage/0/instructions/16/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the server in exec form.</source>
        <comment>singleStage/0/instructions/17/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uv release pinned by version, as a stage of its own so the builder can copy the single uv binary out of it.</source>
        <comment>stages/uv/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the virtual environment with the same interpreter, at the same path, as the runtime image: a venv refers to its Python by absolute path and only works where that Python exists.</source>
        <comment>stages/build/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs Debian&apos;s Python 3.13 with its venv module: the same interpreter, at /usr/bin, that the distroless image runs. The version pattern refuses any other minor version. docker-clean is removed so the apt cache mounts actually keep the downloaded packages.</source>
        <comment>stages/build/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs Debian&apos;s Python 3.13 with its venv module: the same interpreter, at /usr/bin, that the distroless image runs. The version pattern refuses any other minor version; the package lists are removed in the same layer.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the extra packages the build needs (compilers and headers for packages without a wheel). They stay in this stage: the runtime image gets only the finished environment.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the extra packages the build needs (compilers and headers for packages without a wheel). They stay in this stage: the runtime image gets only the finished environment.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops pip from checking for a newer pip on every run.</source>
        <comment>stages/build/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops pip from checking for a newer pip, and from keeping a download cache in the layer (there is no cache mount to hold it).</source>
        <comment>stages/build/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes Poetry create the virtual environment in /app/.venv. Its default is inside its cache folder, which would land in the cache mount and never reach the image.</source>
        <comment>stages/build/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precompiles bytecode for faster starts, copies files out of the cache (it is on another filesystem, so links would fail), and forbids downloading a Python: the image&apos;s own interpreter must be used, the one the runtime has too.</source>
        <comment>stages/build/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes only the uv binary from the pinned uv image; it is a build tool and never reaches the runtime image.</source>
        <comment>stages/build/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs a pinned Poetry into an environment of its own, apart from the app&apos;s, so Poetry and its dependencies never reach the image. This layer changes only with the base image, so it needs no cache mount.</source>
        <comment>stages/build/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment is built at /app/.venv, the path it will have in the runtime image.</source>
        <comment>stages/build/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the virtual environment the app runs with; the project has no requirements.txt, so there is nothing to install into it.</source>
        <comment>stages/build/instructions/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the virtual environment and installs the versions requirements.txt pins (pip compiles their bytecode). The file is bind-mounted, not copied: no layer, and this step reruns only when it changes.</source>
        <comment>stages/build/instructions/12/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes /app/.venv match poetry.lock exactly: main dependencies only, not the project itself (its sources are copied later), with bytecode compiled. Poetry fails instead of guessing if the lock no longer matches pyproject.toml.</source>
        <comment>stages/build/instructions/13/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes /app/.venv match uv.lock: --locked fails if the lock is out of date, --no-dev leaves development tools out, and the project itself is not installed because its sources are copied later.</source>
        <comment>stages/build/instructions/14/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources into the build stage, after the dependencies, so the project itself can be installed; editing code reruns only the steps from here on.</source>
        <comment>stages/build/instructions/15/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources into the build stage, after the dependencies, so Django can collect the static files.</source>
        <comment>stages/build/instructions/16/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the project itself into /app/.venv, not as a link to the sources, with its [project.scripts] entry points in .venv/bin.</source>
        <comment>stages/build/instructions/17/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the project itself (Poetry installs it editable, pointing at /app, where the runtime image has the sources too), with its [project.scripts] entry points in .venv/bin.</source>
        <comment>stages/build/instructions/18/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects the static files into STATIC_ROOT at build time. The placeholder secret key is set for this command only: it is in no ENV and never reaches the image.</source>
        <comment>stages/build/instructions/19/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image that ships: the interpreter, the virtual environment and the sources, without pip&apos;s cache, build tools or lockfile tooling.</source>
        <comment>stages/runtime/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .pyc files written at run time (the dependencies were compiled at build time), log lines leave Python immediately instead of waiting in a buffer, and the environment&apos;s programs come first on PATH.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application lives in /app, next to its environment.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and its own group with fixed ids (BusyBox adduser puts system users in &apos;nogroup&apos; unless -G names a group).</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids; --no-log-init avoids a huge sparse lastlog file for large uids.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the finished virtual environment, at the same path it was built at, owned by the app user without a separate chown layer.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources last, so editing code never rebuilds the environment. .dockerignore keeps .venv, caches, .git and secrets out.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the static files collectstatic gathered in the build stage.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the app as the unprivileged user. Numeric ids need no passwd lookup and let Kubernetes verify runAsNonRoot.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it keeps the intent visible. Its only root variant is the unversioned :latest tag, so this base always runs unprivileged.</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the app listens on; publish it with docker run -p.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the app stops answering. Python&apos;s own urllib fails on errors and HTTP status 400 and up, so no curl or shell is needed.</source>
        <comment>stages/runtime/instructions/10/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the server directly in exec form, so it is PID 1 and receives SIGTERM on docker stop.</source>
        <comment>stages/runtime/instructions/11/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces distroless&apos;s python3 entrypoint with the full command in exec form; there is no shell to run anything else.</source>
        <comment>stages/runtime/instructions/12/explain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template/static</name>
    <message>
        <source>The server on a 4 MB Alpine base: a BusyBox shell and wget for debugging and for a health check.</source>
        <comment>bases/alpine/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpine</source>
        <comment>bases/alpine/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on Debian slim: a familiar shell and apt for debugging, about 75 MB more than it needs.</source>
        <comment>bases/slim/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian slim has no HTTP client (curl or wget) to probe the server with; use the alpine base or your orchestrator&apos;s HTTP probe on /health</source>
        <comment>bases/slim/healthcheckUnavailable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian slim</source>
        <comment>bases/slim/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on distroless static (about 2 MB: CA certificates, time zones, a nonroot user), no shell or package manager. Always runs as its nonroot user.</source>
        <comment>bases/distroless/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distroless static has no shell and no HTTP client to probe the server with; use your orchestrator&apos;s HTTP probe on /health</source>
        <comment>bases/distroless/healthcheckUnavailable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distroless static</source>
        <comment>bases/distroless/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing but the server binary and the site: the smallest image, and nothing else to attack.</source>
        <comment>bases/scratch/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scratch holds only the server and the site, no HTTP client to probe it with; use your orchestrator&apos;s HTTP probe on /health</source>
        <comment>bases/scratch/healthcheckUnavailable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch</source>
        <comment>bases/scratch/name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site that builds to plain files (Vite, Astro static, Gatsby, Create React App, Vue CLI, SvelteKit adapter-static): Node.js builds it, and a single-binary web server serves it unprivileged on port 8080, with no Node.js in the image that ships.</source>
        <comment>description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static site</source>
        <comment>name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package.json script that builds the site into the output folder; a static site always has one</source>
        <comment>options/buildScript/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build script</source>
        <comment>options/buildScript/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder the build writes the finished site to: dist (Vite, Astro, Vue CLI), build (Create React App, SvelteKit adapter-static), public (Gatsby)</source>
        <comment>options/outputDir/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build output folder</source>
        <comment>options/outputDir/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true for a single-page app that routes in the browser: a path with no file behind it gets index.html (status 200) instead of a 404</source>
        <comment>options/spaFallback/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPA fallback</source>
        <comment>options/spaFallback/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn 4: true when the project has a .yarnrc.yml, which is then copied before the install</source>
        <comment>options/yarnrc/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.yarnrc.yml</source>
        <comment>options/yarnrc/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has an .npmrc (registry, auth, install settings): it is bind-mounted into each install, never copied into a layer</source>
        <comment>options/npmrc/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npmrc</source>
        <comment>options/npmrc/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true when the project has a patches/ folder (patchedDependencies): it is bind-mounted into each install</source>
        <comment>options/patches/help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patches/ folder</source>
        <comment>options/patches/label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node user and group of the Node.js image the single-stage variant uses</source>
        <comment>reservedIds/owner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naive build: one image with the full Node.js toolchain, every dependency, the sources and the package cache, with the web server added to serve the build output where it was built.</source>
        <comment>singleStage/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the ${installHook} script now that the sources it needs are here, then builds the application.</source>
        <comment>singleStage/0/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the application.</source>
        <comment>singleStage/0/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the web server binary from its official image at a pinned release.</source>
        <comment>singleStage/0/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the build output from where the build wrote it.</source>
        <comment>singleStage/0/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers unknown paths with index.html for the app&apos;s router.</source>
        <comment>singleStage/0/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an unprivileged user and group with fixed ids.</source>
        <comment>singleStage/0/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the server as the unprivileged user.</source>
        <comment>singleStage/0/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the server listens on.</source>
        <comment>singleStage/0/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the server in exec form.</source>
        <comment>singleStage/0/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The toolchain the build stage uses: Node.js on Debian slim (glibc, which every prebuilt bundler binary supports) plus the pinned package manager. None of it reaches the final image, so its libc need not match the runtime base.</source>
        <comment>stages/base/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs what the dependency installs compile with: node-gyp needs python3, make and g++ to build a native addon that ships no prebuilt binary. The builder is Debian, like the runtime, so each addon is linked against the same glibc; the compilers never reach the final image. Versions are not pinned (hadolint DL3008): Debian replaces stable packages only with security fixes and the old version then leaves the mirrors; the pinned Debian release fixes the set.</source>
        <comment>stages/base/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds the application with every dependency, dev tools included. Nothing from this stage reaches the final image except the build output. A project without a build script has no such stage: its sources are the app.</source>
        <comment>stages/build/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sources after the dependencies, so editing code does not invalidate the dependency layer. .dockerignore keeps node_modules, .git and secrets out.</source>
        <comment>stages/build/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the project&apos;s ${installHook} script, which the installs skipped, now that the sources it reads are here (prisma generate reads prisma/schema.prisma, nuxt prepare the Nuxt config). Then the build script writes the build output; one step, as the build needs what the hook prepares.</source>
        <comment>stages/build/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the package&apos;s build script (TypeScript, bundler), which writes the build output.</source>
        <comment>stages/build/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image that ships: one web server binary and the built site. No Node.js, no node_modules and no sources: a static site needs none of them once it is built.</source>
        <comment>stages/runtime/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes static-web-server, a single statically linked binary of about 4 MB, from its official image at a pinned release. It needs no libc, shell or config file, so the same binary runs on every base down to scratch; it is configured entirely by SERVER_* environment variables and runs as any uid. nginx would need its own config file, writable temp and pid paths for an unprivileged user, and a base with its libraries.</source>
        <comment>stages/runtime/instructions/0/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points the server at the web root and at the site&apos;s own 404.html (frameworks such as Astro and Gatsby write one; without it the server answers with a built-in page). Cache-Control headers let browsers keep files by type: scripts, styles, images and fonts for a year, which is safe because bundlers put a content hash in their names; JSON and feeds for an hour; HTML and everything else for a day, so a new release reaches returning visitors within a day.</source>
        <comment>stages/runtime/instructions/1/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-page app routes in the browser: /settings has no file behind it, so a reload or a shared link would get a 404. With a fallback page, the server answers any GET it cannot find with index.html and status 200, and the app&apos;s router shows the right view. The page is read once at start-up.</source>
        <comment>stages/runtime/instructions/2/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns on the server&apos;s own /health endpoint, which answers OK without touching the site&apos;s files.</source>
        <comment>stages/runtime/instructions/3/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes only the built site from the build stage, last, because it changes with every release while the layers above do not. The files stay owned by root and readable by all: the server can serve them but cannot change them, even if it were compromised.</source>
        <comment>stages/runtime/instructions/4/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the server as an unprivileged user. It needs no passwd entry or home folder, only read access to the site, so numeric ids are enough, even on scratch; Kubernetes can verify them with runAsNonRoot.</source>
        <comment>stages/runtime/instructions/5/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as distroless&apos;s built-in nonroot user (65532), which the :nonroot tag already selects; stating it numerically keeps the intent visible to reviewers and to Kubernetes&apos; runAsNonRoot.</source>
        <comment>stages/runtime/instructions/6/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents the port the server listens on, from 1024 up so no root or extra capability is needed to bind it; publish it with docker run -p ${port}:${port}.</source>
        <comment>stages/runtime/instructions/7/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets Docker mark the container unhealthy when the server stops answering, using BusyBox&apos;s wget in exec form (no shell involved).</source>
        <comment>stages/runtime/instructions/8/explain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the server directly in exec form with the port as a flag. It is PID 1, handles SIGTERM itself and starts no child processes, so docker stop is quick and no init is needed. It listens on all interfaces (IPv4 and IPv6) by default; on a host without IPv6 add --host 0.0.0.0.</source>
        <comment>stages/runtime/instructions/9/explain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
