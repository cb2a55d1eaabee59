<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agreement</name>
    <message>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>Model (no version)</source>
        <translation>Modell (keine Version)</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>Unexpected reply from %1: %2</source>
        <translation>Unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation>fehlerhaftes JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message>
        <source>expected {&quot;columns&quot;: [...]}</source>
        <translation>{&quot;columns&quot;: [...]} erwartet</translation>
    </message>
</context>
<context>
    <name>MediaCache</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PageEnvelope</name>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation>Der Server hat fehlerhaftes JSON gesendet (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a list (no &quot;results&quot; or &quot;tasks&quot;).</source>
        <translation>Die Antwort des Servers ist keine Liste (kein „results“ oder „tasks“).</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Label Studio Desktop</source>
        <translation>Label Studio Desktop</translation>
    </message>
    <message>
        <source>Label Studio Desktop: a native client for Label Studio servers.

Environment:
  LABEL_STUDIO_URL, LABEL_STUDIO_API_KEY
      Both set: connect to that server at start-up. One set: the connection dialog, preset with it.
      Neither: the last profile used (its key from the OS keychain).

Exit codes:
  0  normal end
  1  an unknown option or a missing option value
  2  an invalid --pane or --dialog value
  3  --screenshot: the picture was not ready in time (the window is saved instead)</source>
        <translation>Label Studio Desktop: ein nativer Client für Label-Studio-Server.

Umgebung:
  LABEL_STUDIO_URL, LABEL_STUDIO_API_KEY
      Beide gesetzt: beim Start mit diesem Server verbinden. Eine gesetzt: der Verbindungsdialog, damit vorbelegt.
      Keine: das zuletzt verwendete Profil (sein Schlüssel aus dem Schlüsselbund des Betriebssystems).

Exit-Codes:
  0  normales Ende
  1  eine unbekannte Option oder ein fehlender Optionswert
  2  ein ungültiger Wert für --pane oder --dialog
  3  --screenshot: das Bild war nicht rechtzeitig fertig (stattdessen wird das Fenster gespeichert)</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Ein Bildschirmfoto des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: the pane to show (projects, tasks, annotations, agreement or config).</source>
        <translation>Mit --screenshot: der anzuzeigende Bereich (projects, tasks, annotations, agreement oder config).</translation>
    </message>
    <message>
        <source>With --screenshot: save a picture of this dialog instead of the window, once connected through LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY: connect (tested, key masked), export (the first project&apos;s formats), import (the first project, with --input added) or new-project.</source>
        <translation>Mit --screenshot: statt des Fensters ein Bild dieses Dialogs speichern, sobald über LABEL_STUDIO_URL und LABEL_STUDIO_API_KEY verbunden: connect (getestet, Schlüssel maskiert), export (die Formate des ersten Projekts), import (das erste Projekt, mit hinzugefügtem --input) oder new-project.</translation>
    </message>
    <message>
        <source>With --screenshot: a file to open. With --pane agreement, a Label Studio JSON export to compute agreement from, with no server (the agreement dock is saved); with --dialog import, a file to add.</source>
        <translation>Mit --screenshot: eine zu öffnende Datei. Mit --pane agreement ein Label-Studio-JSON-Export, aus dem die Übereinstimmung ohne Server berechnet wird (das Übereinstimmungs-Dock wird gespeichert); mit --dialog import eine hinzuzufügende Datei.</translation>
    </message>
    <message>
        <source>--pane takes projects, tasks, annotations, agreement or config, not &quot;%1&quot;.</source>
        <translation>--pane erwartet projects, tasks, annotations, agreement oder config, nicht „%1“.</translation>
    </message>
    <message>
        <source>--dialog takes connect, export, import or new-project, not &quot;%1&quot;.</source>
        <translation>--dialog erwartet connect, export, import oder new-project, nicht „%1“.</translation>
    </message>
    <message>
        <source>--screenshot: the picture was not ready in time.</source>
        <translation>--screenshot: das Bild war nicht rechtzeitig fertig.</translation>
    </message>
</context>
<context>
    <name>RequestFactory</name>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>The server URL is empty.</source>
        <translation>Die Server-URL ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL. Use the address you open Label Studio at, for example https://labelstudio.example.com or http://localhost:8080.</source>
        <translation>„%1“ ist keine Server-URL. Verwenden Sie die Adresse, unter der Sie Label Studio öffnen, zum Beispiel https://labelstudio.example.com oder http://localhost:8080.</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password; use an API key instead.</source>
        <translation>Die Server-URL darf keinen Benutzernamen und kein Passwort enthalten; verwenden Sie stattdessen einen API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>SessionApi</name>
    <message>
        <source>%1 does not look like a Label Studio server (its version endpoint did not answer). Check the URL, including any path prefix such as /label-studio.</source>
        <translation>%1 scheint kein Label-Studio-Server zu sein (sein Versions-Endpunkt hat nicht geantwortet). Prüfen Sie die URL einschließlich eines Pfadpräfixes wie /label-studio.</translation>
    </message>
    <message>
        <source>This server runs Label Studio %1, which is not supported: lsdesk needs Label Studio %2 or newer. Ask the administrator to upgrade.</source>
        <translation>Dieser Server läuft mit Label Studio %1, das nicht unterstützt wird: lsdesk benötigt Label Studio %2 oder neuer. Bitten Sie den Administrator um ein Upgrade.</translation>
    </message>
</context>
<context>
    <name>StorageField</name>
    <message>
        <source>Presigned URL TTL (minutes)</source>
        <translation>Gültigkeit vorsignierter URLs (Minuten)</translation>
    </message>
    <message>
        <source>File filter regex</source>
        <translation>Regex für Dateifilter</translation>
    </message>
    <message>
        <source>Treat every file as a media file (one task per file)</source>
        <translation>Jede Datei als Mediendatei behandeln (eine Aufgabe pro Datei)</translation>
    </message>
    <message>
        <source>Use presigned URLs</source>
        <translation>Vorsignierte URLs verwenden</translation>
    </message>
    <message>
        <source>Scan subfolders recursively</source>
        <translation>Unterordner rekursiv durchsuchen</translation>
    </message>
    <message>
        <source>Delete exported files when annotations are deleted</source>
        <translation>Exportierte Dateien löschen, wenn Annotationen gelöscht werden</translation>
    </message>
    <message>
        <source>Absolute local path</source>
        <translation>Absoluter lokaler Pfad</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>S3 endpoint</source>
        <translation>S3-Endpunkt</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <source>SSE KMS key ID</source>
        <translation>SSE-KMS-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Google project ID</source>
        <translation>Google-Projekt-ID</translation>
    </message>
    <message>
        <source>Application credentials (JSON)</source>
        <translation>Anwendungs-Anmeldedaten (JSON)</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Account key</source>
        <translation>Kontoschlüssel</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database number</source>
        <translation>Datenbanknummer</translation>
    </message>
    <message>
        <source>Key filter regex</source>
        <translation>Regex für Schlüsselfilter</translation>
    </message>
    <message>
        <source>Treat every value as a media URL (one task per key)</source>
        <translation>Jeden Wert als Medien-URL behandeln (eine Aufgabe pro Schlüssel)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>StorageType</name>
    <message>
        <source>Local files</source>
        <translation>Lokale Dateien</translation>
    </message>
    <message>
        <source>AWS S3</source>
        <translation>AWS S3</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation>Microsoft Azure</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
</context>
<context>
    <name>TaskPreview</name>
    <message>
        <source>Cannot show this image: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesApi</name>
    <message>
        <source>expected {&quot;templates&quot;: [...], &quot;groups&quot;: [...]}</source>
        <translation>{&quot;templates&quot;: [...], &quot;groups&quot;: [...]} erwartet</translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <source>The server refused the personal access token: %1 Create a new one in Label Studio (Account &amp; Settings → Personal Access Token).</source>
        <translation>Der Server hat das persönliche Zugriffstoken abgelehnt: %1 Erstellen Sie ein neues in Label Studio (Account &amp; Settings → Personal Access Token).</translation>
    </message>
    <message>
        <source>The server&apos;s token exchange returned no access token. Is this a Label Studio server?</source>
        <translation>Der Token-Austausch des Servers hat kein Zugriffstoken geliefert. Ist das ein Label-Studio-Server?</translation>
    </message>
</context>
<context>
    <name>TokensApi</name>
    <message>
        <source>no token in the reply</source>
        <translation>kein Token in der Antwort</translation>
    </message>
    <message>
        <source>expected a JSON array of tokens</source>
        <translation>JSON-Array von Tokens erwartet</translation>
    </message>
    <message>
        <source>a listed token is not a JWT</source>
        <translation>ein aufgelistetes Token ist kein JWT</translation>
    </message>
    <message>
        <source>a listed token has no readable payload</source>
        <translation>ein aufgelistetes Token hat keine lesbaren Nutzdaten</translation>
    </message>
</context>
<context>
    <name>lsdesk</name>
    <message>
        <source>the IAA matrix has %1 rows for %2 users</source>
        <translation>die IAA-Matrix hat %1 Zeilen für %2 Benutzer</translation>
    </message>
    <message>
        <source>row %1 of the IAA matrix has %2 cells for %3 users</source>
        <translation>Zeile %1 der IAA-Matrix hat %2 Zellen für %3 Benutzer</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source> (entry %1)</source>
        <translation> (Eintrag %1)</translation>
    </message>
    <message>
        <source> A colon is a namespace prefix, and only &quot;xml:&quot; is bound without a declaration.</source>
        <translation> Ein Doppelpunkt ist ein Namensraum-Präfix, und nur „xml:“ ist ohne Deklaration gebunden.</translation>
    </message>
    <message>
        <source>%1 must be an integer, got %2</source>
        <translation>%1 muss eine ganze Zahl sein, erhalten: %2</translation>
    </message>
    <message>
        <source>outputs: %1 is not a number</source>
        <translation>outputs: %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>outputs: %1 is not an integer</source>
        <translation>outputs: %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>Pairwise &quot;%1&quot; needs two names in toName (left and right), got %2</source>
        <translation>Pairwise „%1“ benötigt zwei Namen in toName (links und rechts), erhalten: %2</translation>
    </message>
    <message>
        <source>Control &quot;%1&quot;: %2</source>
        <translation>Steuerelement „%1“: %2</translation>
    </message>
    <message>
        <source>a &lt;Channel&gt; of TimeSeries &quot;%1&quot; has no column attribute</source>
        <translation>ein &lt;Channel&gt; von TimeSeries „%1“ hat kein column-Attribut</translation>
    </message>
    <message>
        <source>TimeSeries &quot;%1&quot;: sample data with a timeFormat is not supported</source>
        <translation>TimeSeries „%1“: Beispieldaten mit timeFormat werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Paragraphs &quot;%1&quot;: there is no sample URL for paragraphs in this mode</source>
        <translation>Paragraphs „%1“: in diesem Modus gibt es keine Beispiel-URL für Absätze</translation>
    </message>
    <message>
        <source>&lt;%1 name=&quot;%2&quot;&gt;: there is no sample for this tag in this mode</source>
        <translation>&lt;%1 name=&quot;%2&quot;&gt;: in diesem Modus gibt es kein Beispiel für dieses Tag</translation>
    </message>
    <message>
        <source>&lt;%1 name=&quot;%2&quot;&gt; has no value attribute, so no task field to fill.</source>
        <translation>&lt;%1 name=&quot;%2&quot;&gt; hat kein value-Attribut, also kein Aufgabenfeld zum Füllen.</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>, rotated %1°</source>
        <translation>, gedreht um %1°</translation>
    </message>
    <message>
        <source>%1,%2 radius %3%4%5 %</source>
        <translation>%1,%2 Radius %3%4%5 %</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 Annotation</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 Annotationen</translation>
    </message>
    <message>
        <source>1 draft</source>
        <translation>1 Entwurf</translation>
    </message>
    <message>
        <source>%1 drafts</source>
        <translation>%1 Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;To name:</source>
        <translation>&amp;Ziel (toName):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>Selected &amp;text colour:</source>
        <translation>&amp;Textfarbe bei Auswahl:</translation>
    </message>
    <message>
        <source>&amp;Hotkey:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <source>&amp;Selected by default</source>
        <translation>Standardmäßig a&amp;usgewählt</translation>
    </message>
    <message>
        <source>H&amp;int:</source>
        <translation>H&amp;inweis:</translation>
    </message>
    <message>
        <source>Show a&amp;lias</source>
        <translation>A&amp;lias anzeigen</translation>
    </message>
    <message>
        <source>Maximum &amp;uses:</source>
        <translation>Maximale &amp;Verwendungen:</translation>
    </message>
    <message>
        <source>&amp;Choice:</source>
        <translation>&amp;Auswahl:</translation>
    </message>
    <message>
        <source>Show &amp;inline</source>
        <translation>&amp;Inline anzeigen</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>De&amp;ckkraft:</translation>
    </message>
    <message>
        <source>F&amp;ill colour:</source>
        <translation>F&amp;üllfarbe:</translation>
    </message>
    <message>
        <source>St&amp;roke colour:</source>
        <translation>Ko&amp;nturfarbe:</translation>
    </message>
    <message>
        <source>Stroke &amp;width:</source>
        <translation>Kontur&amp;breite:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum rating:</source>
        <translation>Ma&amp;ximale Bewertung:</translation>
    </message>
    <message>
        <source>I&amp;con:</source>
        <translation>Sy&amp;mbol:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Grö&amp;ße:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimum:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>Schritt&amp;weite:</translation>
    </message>
    <message>
        <source>&amp;Default value:</source>
        <translation>&amp;Standardwert:</translation>
    </message>
    <message>
        <source>Show as s&amp;lider</source>
        <translation>Als Schiebe&amp;regler anzeigen</translation>
    </message>
    <message>
        <source>&amp;Placeholder:</source>
        <translation>&amp;Platzhalter:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <source>Maximum &amp;submissions:</source>
        <translation>Maximale &amp;Einreichungen:</translation>
    </message>
    <message>
        <source>&amp;Editable</source>
        <translation>&amp;Bearbeitbar</translation>
    </message>
    <message>
        <source>&amp;Transcription</source>
        <translation>&amp;Transkription</translation>
    </message>
    <message>
        <source>Skip &amp;duplicates</source>
        <translation>&amp;Duplikate überspringen</translation>
    </message>
    <message>
        <source>&amp;Leaves only</source>
        <translation>Nur &amp;Blätter</translation>
    </message>
    <message>
        <source>Show full &amp;path</source>
        <translation>Vollständigen &amp;Pfad anzeigen</translation>
    </message>
    <message>
        <source>Path &amp;separator:</source>
        <translation>Pfad&amp;trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>E&amp;rforderlich</translation>
    </message>
    <message>
        <source>Required &amp;message:</source>
        <translation>&amp;Meldung bei fehlender Angabe:</translation>
    </message>
    <message>
        <source>Per re&amp;gion</source>
        <translation>Pro Re&amp;gion</translation>
    </message>
    <message>
        <source>&amp;Visible when:</source>
        <translation>&amp;Sichtbar, wenn:</translation>
    </message>
    <message>
        <source>&amp;Zoom with the mouse wheel</source>
        <translation>Mit dem Maus&amp;rad zoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;controls</source>
        <translation>Zoom-&amp;Steuerelemente</translation>
    </message>
    <message>
        <source>&amp;Rotate control</source>
        <translation>&amp;Drehen-Steuerelement</translation>
    </message>
    <message>
        <source>&amp;Brightness control</source>
        <translation>&amp;Helligkeitsregler</translation>
    </message>
    <message>
        <source>Con&amp;trast control</source>
        <translation>Kon&amp;trastregler</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum width:</source>
        <translation>Ma&amp;ximale Breite:</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularität:</translation>
    </message>
    <message>
        <source>Value &amp;type:</source>
        <translation>Wert&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;Inline</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Name key:</source>
        <translation>&amp;Namensschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Text key:</source>
        <translation>&amp;Textschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Frame rate:</source>
        <translation>&amp;Bildrate:</translation>
    </message>
    <message>
        <source>S&amp;ync with:</source>
        <translation>S&amp;ynchronisieren mit:</translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation>&amp;Nur:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Unterstreichen</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Stil:</translation>
    </message>
    <message>
        <source>Install and unlock a Secret Service keyring (GNOME Keyring or KWallet), or use the key for this session only.</source>
        <translation>Installieren und entsperren Sie einen Secret-Service-Schlüsselbund (GNOME Keyring oder KWallet), oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Unlock your login keychain, or use the key for this session only.</source>
        <translation>Entsperren Sie Ihren Anmelde-Schlüsselbund, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Check that the system&apos;s credential store is available, or use the key for this session only.</source>
        <translation>Prüfen Sie, ob der Anmeldeinformationsspeicher des Systems verfügbar ist, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>lsdesk::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>About Label Studio Desktop</source>
        <translation>Über Label Studio Desktop</translation>
    </message>
    <message>
        <source>Label Studio Desktop %1</source>
        <translation>Label Studio Desktop %1</translation>
    </message>
    <message>
        <source>A native client for Label Studio servers, Community and Enterprise.</source>
        <translation>Ein nativer Client für Label-Studio-Server, Community und Enterprise.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Label Studio %1, %2 edition, at %3</source>
        <translation>Label Studio %1, Edition %2, unter %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>Label Studio Desktop is licensed under the Apache License, Version 2.0 (Apache-2.0); see the LICENSE file shipped with it.</source>
        <translation>Label Studio Desktop steht unter der Apache License, Version 2.0 (Apache-2.0); siehe die mitgelieferte Datei LICENSE.</translation>
    </message>
    <message>
        <source>It uses these libraries, under their own licences:</source>
        <translation>Es verwendet diese Bibliotheken unter ihren eigenen Lizenzen:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Lizenzen:</translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation>Versionsinfo &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>lsdesk::AccessTokensModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Token id %1. The server lists tokens without their signature: a listed token cannot be used to sign in.</source>
        <translation>Token-ID %1. Der Server listet Tokens ohne ihre Signatur: mit einem aufgelisteten Token kann man sich nicht anmelden.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>lsdesk::AgreementHistogram</name>
    <message>
        <source>Distribution of task agreement</source>
        <translation>Verteilung der Aufgaben-Übereinstimmung</translation>
    </message>
    <message>
        <source>No task has two annotations to compare yet</source>
        <translation>Noch keine Aufgabe hat zwei Annotationen zum Vergleichen</translation>
    </message>
    <message>
        <source> ± %1%</source>
        <translation> ± %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Mean %1%%2 over %n task(s)</source>
        <translation>
            <numerusform>Mittelwert %1 %%2 über %n Aufgabe</numerusform>
            <numerusform>Mittelwert %1 %%2 über %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2%: %n task(s)</source>
        <translation>
            <numerusform>%1–%2 %: %n Aufgabe</numerusform>
            <numerusform>%1–%2 %: %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>0%</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>50%</source>
        <translation>50 %</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
</context>
<context>
    <name>lsdesk::AgreementLauncher</name>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Open e&amp;xport…</source>
        <translation>E&amp;xport öffnen…</translation>
    </message>
    <message>
        <source>Compute agreement from a Label Studio JSON export, without a server</source>
        <translation>Übereinstimmung aus einem Label-Studio-JSON-Export berechnen, ohne Server</translation>
    </message>
    <message>
        <source>Open a project first</source>
        <translation>Öffnen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <source>Connect to a server first</source>
        <translation>Verbinden Sie sich zuerst mit einem Server</translation>
    </message>
    <message>
        <source>Project %1, computed locally</source>
        <translation>Projekt %1, lokal berechnet</translation>
    </message>
    <message>
        <source>%1, computed locally</source>
        <translation>%1, lokal berechnet</translation>
    </message>
    <message>
        <source>Computed locally (this server has no agreement endpoint).</source>
        <translation>Lokal berechnet (dieser Server hat keinen Übereinstimmungs-Endpunkt).</translation>
    </message>
    <message>
        <source>The agreement computation is gone.</source>
        <translation>Die Übereinstimmungsberechnung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The server&apos;s agreement could not be read: %1</source>
        <translation>Die Übereinstimmung des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open a Label Studio JSON export</source>
        <translation>Einen Label-Studio-JSON-Export öffnen</translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation>JSON-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Label config</source>
        <translation>Label-Konfiguration</translation>
    </message>
    <message>
        <source>An export has no label config. Choose the project&apos;s config file (XML) so that every control counts, including ones nobody used? Without it, the controls are those seen in the file.</source>
        <translation>Ein Export enthält keine Label-Konfiguration. Die Konfigurationsdatei (XML) des Projekts wählen, damit jedes Steuerelement zählt, auch unbenutzte? Ohne sie gelten die Steuerelemente, die in der Datei vorkommen.</translation>
    </message>
    <message>
        <source>Choose the label config</source>
        <translation>Label-Konfiguration wählen</translation>
    </message>
    <message>
        <source>Label configs (*.xml *.txt);;All files (*)</source>
        <translation>Label-Konfigurationen (*.xml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Save the agreement matrix</source>
        <translation>Übereinstimmungsmatrix speichern</translation>
    </message>
    <message>
        <source>Save the task agreement</source>
        <translation>Aufgaben-Übereinstimmung speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>lsdesk::AgreementLegend</name>
    <message>
        <source>Colour legend</source>
        <translation>Farblegende</translation>
    </message>
    <message>
        <source>Agreement bands as Label Studio Enterprise shows them: %1</source>
        <translation>Übereinstimmungsbereiche, wie Label Studio Enterprise sie zeigt: %1</translation>
    </message>
    <message>
        <source>High ≥ 66%</source>
        <translation>Hoch ≥ 66 %</translation>
    </message>
    <message>
        <source>Moderate 33–66%</source>
        <translation>Mittel 33–66 %</translation>
    </message>
    <message>
        <source>Low &lt; 33%</source>
        <translation>Niedrig &lt; 33 %</translation>
    </message>
    <message>
        <source>No common tasks</source>
        <translation>Keine gemeinsamen Aufgaben</translation>
    </message>
</context>
<context>
    <name>lsdesk::AgreementMatrixModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 shares no task with anyone else</source>
        <translation>%1 teilt mit niemandem eine Aufgabe</translation>
    </message>
    <message>
        <source>%1: %2% on average, weighted by %3 common tasks</source>
        <translation>%1: im Mittel %2 %, gewichtet mit %3 gemeinsamen Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%1 annotated %n task(s)</source>
        <translation>
            <numerusform>%1 hat %n Aufgabe annotiert</numerusform>
            <numerusform>%1 hat %n Aufgaben annotiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 have no task in common</source>
        <translation>%1 und %2 haben keine gemeinsame Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%1 vs %2: %3% over %n common task(s)</source>
        <translation>
            <numerusform>%1 gegen %2: %3 % über %n gemeinsame Aufgabe</numerusform>
            <numerusform>%1 gegen %2: %3 % über %n gemeinsame Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>(σ %1)</source>
        <translation>(σ %1)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Mean agreement with the others, weighted by the tasks in common</source>
        <translation>Mittlere Übereinstimmung mit den anderen, gewichtet mit den gemeinsamen Aufgaben</translation>
    </message>
</context>
<context>
    <name>lsdesk::AgreementPane</name>
    <message>
        <source>&amp;Ground truth</source>
        <translation>&amp;Ground Truth</translation>
    </message>
    <message>
        <source>P&amp;redictions</source>
        <translation>&amp;Vorhersagen</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open e&amp;xport…</source>
        <translation>E&amp;xport öffnen…</translation>
    </message>
    <message>
        <source>Matrix CSV…</source>
        <translation>Matrix-CSV…</translation>
    </message>
    <message>
        <source>Tasks CSV…</source>
        <translation>Aufgaben-CSV…</translation>
    </message>
    <message>
        <source>Agreement matrix</source>
        <translation>Übereinstimmungsmatrix</translation>
    </message>
    <message>
        <source>Server (Enterprise)</source>
        <translation>Server (Enterprise)</translation>
    </message>
    <message>
        <source>Computed locally</source>
        <translation>Lokal berechnet</translation>
    </message>
    <message>
        <source>Agreement matrix of the server</source>
        <translation>Übereinstimmungsmatrix des Servers</translation>
    </message>
    <message>
        <source>Tasks in common</source>
        <translation>Gemeinsame Aufgaben</translation>
    </message>
    <message>
        <source>Compute the agreement of the open project, or open an export file.</source>
        <translation>Berechnen Sie die Übereinstimmung des geöffneten Projekts, oder öffnen Sie eine Exportdatei.</translation>
    </message>
    <message>
        <source>Compute the agreement of the open project from its annotations</source>
        <translation>Die Übereinstimmung des geöffneten Projekts aus seinen Annotationen berechnen</translation>
    </message>
    <message>
        <source>Cancel computing agreement</source>
        <translation>Berechnung der Übereinstimmung abbrechen</translation>
    </message>
    <message>
        <source>Tasks read</source>
        <translation>Gelesene Aufgaben</translation>
    </message>
    <message>
        <source>%v of %m tasks</source>
        <translation>%v von %m Aufgaben</translation>
    </message>
    <message>
        <source>Compute agreement from a Label Studio JSON export, without a server</source>
        <translation>Übereinstimmung aus einem Label-Studio-JSON-Export berechnen, ohne Server</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Participant order</source>
        <translation>Reihenfolge der Teilnehmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Average agreement</source>
        <translation>Mittlere Übereinstimmung</translation>
    </message>
    <message>
        <source>Save the matrix shown (with the common-task counts) as CSV</source>
        <translation>Die angezeigte Matrix (mit der Anzahl gemeinsamer Aufgaben) als CSV speichern</translation>
    </message>
    <message>
        <source>Save every task&apos;s agreement as CSV</source>
        <translation>Die Übereinstimmung jeder Aufgabe als CSV speichern</translation>
    </message>
    <message>
        <source>Open a project first</source>
        <translation>Öffnen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Pairwise</source>
        <translation>Paarweise</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Task agreement: the mean over annotation pairs, or the share of the largest group that agrees (consensus)</source>
        <translation>Aufgaben-Übereinstimmung: der Mittelwert über Annotationspaare oder der Anteil der größten übereinstimmenden Gruppe (Konsens)</translation>
    </message>
    <message>
        <source>Consensus threshold</source>
        <translation>Konsens-Schwelle</translation>
    </message>
    <message>
        <source>Consensus: two annotations agree when their score reaches this threshold</source>
        <translation>Konsens: zwei Annotationen stimmen überein, wenn ihr Wert diese Schwelle erreicht</translation>
    </message>
    <message>
        <source>Io&amp;U threshold:</source>
        <translation>Io&amp;U-Schwelle:</translation>
    </message>
    <message>
        <source>IoU threshold</source>
        <translation>IoU-Schwelle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>With a threshold, a region pair counts fully when its IoU or overlap reaches it, else not at all; None scores the IoU itself</source>
        <translation>Mit einer Schwelle zählt ein Regionspaar voll, wenn seine IoU oder Überlappung sie erreicht, sonst gar nicht; „Keine“ bewertet die IoU selbst</translation>
    </message>
    <message>
        <source>Add the ground-truth annotations as a participant</source>
        <translation>Die Ground-Truth-Annotationen als Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Add the predictions as participants, one per model version</source>
        <translation>Die Vorhersagen als Teilnehmer hinzufügen, einen pro Modellversion</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of %1 and %2</source>
        <translation>
            <numerusform>%n Aufgabe von %1 und %2</numerusform>
            <numerusform>%n Aufgaben von %1 und %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 cannot be fetched here.</source>
        <translation>Aufgabe %1 kann hier nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Loading task %1…</source>
        <translation>Aufgabe %1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>lsdesk::AnnotationsModel</name>
    <message>
        <source>(no control)</source>
        <translation>(kein Steuerelement)</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relationen</translation>
    </message>
    <message>
        <source>Annotation #%1</source>
        <translation>Annotation #%1</translation>
    </message>
    <message>
        <source>Prediction #%1</source>
        <translation>Vorhersage #%1</translation>
    </message>
    <message>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>(no model version)</source>
        <translation>(keine Modellversion)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Author / model</source>
        <translation>Autor / Modell</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>lsdesk::AnnotationsPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Annotations and predictions</source>
        <translation>Annotationen und Vorhersagen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected annotation or prediction</source>
        <translation>Die ausgewählte Annotation oder Vorhersage löschen</translation>
    </message>
    <message>
        <source>&amp;Ground truth</source>
        <translation>&amp;Ground Truth</translation>
    </message>
    <message>
        <source>Mark or unmark the selected annotation as ground truth</source>
        <translation>Die ausgewählte Annotation als Ground Truth markieren oder die Markierung aufheben</translation>
    </message>
    <message>
        <source>&amp;Convert to annotation</source>
        <translation>In Annotation &amp;umwandeln</translation>
    </message>
    <message>
        <source>Create an annotation from the selected prediction</source>
        <translation>Aus der ausgewählten Vorhersage eine Annotation erstellen</translation>
    </message>
    <message>
        <source>Annotation actions</source>
        <translation>Annotationsaktionen</translation>
    </message>
    <message>
        <source>Loading task %1…</source>
        <translation>Aufgabe %1 wird geladen…</translation>
    </message>
    <message>
        <source>Cannot load task %1: %2</source>
        <translation>Aufgabe %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Task %1 has no annotations or predictions yet.</source>
        <translation>Aufgabe %1 hat noch keine Annotationen oder Vorhersagen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete annotation #%1 of task %2? This cannot be undone.</source>
        <translation>Annotation #%1 von Aufgabe %2 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete prediction #%1 of task %2? This cannot be undone.</source>
        <translation>Vorhersage #%1 von Aufgabe %2 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>lsdesk::ApiError</name>
    <message>
        <source>The server rejected the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>The server refused the API key: %1</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>nicht authentifiziert</translation>
    </message>
    <message>
        <source>Create a personal access token in Label Studio (Account &amp; Settings → Personal Access Token) and use it instead.</source>
        <translation>Erstellen Sie in Label Studio ein persönliches Zugriffstoken (Account &amp; Settings → Personal Access Token) und verwenden Sie stattdessen dieses.</translation>
    </message>
    <message>
        <source>Check the API key, or create a new personal access token.</source>
        <translation>Prüfen Sie den API-Schlüssel, oder erstellen Sie ein neues persönliches Zugriffstoken.</translation>
    </message>
    <message>
        <source>The server does not allow this for your account: %1</source>
        <translation>Der Server erlaubt das für Ihr Konto nicht: %1</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>This is not available on this server (it answered with a plain %1 page). It may be a Label Studio Enterprise feature, or the server URL may point to the wrong place.</source>
        <translation>Das ist auf diesem Server nicht verfügbar (er hat mit einer einfachen %1-Seite geantwortet). Es könnte eine Funktion von Label Studio Enterprise sein, oder die Server-URL zeigt an die falsche Stelle.</translation>
    </message>
    <message>
        <source>The server does not allow this request here (HTTP 405): %1</source>
        <translation>Der Server erlaubt diese Anfrage hier nicht (HTTP 405): %1</translation>
    </message>
    <message>
        <source>method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the server has no such object</source>
        <translation>der Server hat kein solches Objekt</translation>
    </message>
    <message>
        <source>The server timed out (HTTP %1). Try again later.</source>
        <translation>Zeitüberschreitung beim Server (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests (HTTP 429). Try again later.</source>
        <translation>Der Server begrenzt die Anfragerate (HTTP 429). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)%2. Try again later, or ask the server&apos;s administrator.</source>
        <translation>Der Server ist fehlgeschlagen (HTTP %1)%2. Versuchen Sie es später erneut, oder fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1%2.</source>
        <translation>Der Server hat mit HTTP %1%2 geantwortet.</translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused. Is the server running and the URL right?</source>
        <translation>Keine Verbindung zu %1 möglich: Verbindung abgelehnt. Läuft der Server, und stimmt die URL?</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the URL.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the reply was complete. Try again.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a private certificate authority, add its CA bundle in the connection settings.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Wenn der Server eine private Zertifizierungsstelle verwendet, fügen Sie deren CA-Bundle in den Verbindungseinstellungen hinzu.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings (HTTPS_PROXY, NO_PROXY).</source>
        <translation>Der Proxy ist fehlgeschlagen: %1. Prüfen Sie die Proxy-Einstellungen (HTTPS_PROXY, NO_PROXY).</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Kommunikation mit %1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Nothing was sent. If this server uses a self-signed or private certificate, compare its fingerprint with the one your administrator gives you and trust it for this server in the connection dialog, or add the certificate authority&apos;s CA bundle in the settings.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Es wurde nichts gesendet. Wenn dieser Server ein selbstsigniertes oder privates Zertifikat verwendet, vergleichen Sie seinen Fingerabdruck mit dem, den Ihr Administrator Ihnen nennt, und vertrauen Sie ihm für diesen Server im Verbindungsdialog, oder fügen Sie das CA-Bundle der Zertifizierungsstelle in den Einstellungen hinzu.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ApiJob</name>
    <message>
        <source>Could not read %1 to send it: %2</source>
        <translation>%1 konnte nicht zum Senden gelesen werden: %2</translation>
    </message>
    <message>
        <source>Writing the download failed: %1</source>
        <translation>Das Schreiben des Downloads ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 resumed the download at the wrong place (%2 instead of byte %3).</source>
        <translation>%1 hat den Download an der falschen Stelle fortgesetzt (%2 statt Byte %3).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Try again, or raise the timeout.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Versuchen Sie es erneut, oder erhöhen Sie die Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>%1 sent no HTTP reply.</source>
        <translation>%1 hat keine HTTP-Antwort gesendet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without a usable redirect target.</source>
        <translation>%1 hat mit HTTP %2 ohne verwendbares Weiterleitungsziel geantwortet.</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1) from %2. Check the server URL.</source>
        <translation>Zu viele Weiterleitungen (mehr als %1) von %2. Prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>%1 redirected a secure request to an insecure address (%2). The request was not sent there.</source>
        <translation>%1 hat eine sichere Anfrage an eine unsichere Adresse (%2) weitergeleitet. Die Anfrage wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>%1 redirected to an unsupported address.</source>
        <translation>%1 hat an eine nicht unterstützte Adresse weitergeleitet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ApiKey</name>
    <message>
        <source>No API key is set. Create a personal access token in Label Studio (Account &amp; Settings → Personal Access Token) and paste it here.</source>
        <translation>Es ist kein API-Schlüssel gesetzt. Erstellen Sie in Label Studio ein persönliches Zugriffstoken (Account &amp; Settings → Personal Access Token) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>This is a short-lived access token (it expires after a few minutes). Paste your personal access token instead (Account &amp; Settings → Personal Access Token).</source>
        <translation>Das ist ein kurzlebiges Zugriffstoken (es läuft nach wenigen Minuten ab). Fügen Sie stattdessen Ihr persönliches Zugriffstoken ein (Account &amp; Settings → Personal Access Token).</translation>
    </message>
    <message>
        <source>This personal access token expired on %1. Create a new one in Label Studio (Account &amp; Settings → Personal Access Token).</source>
        <translation>Dieses persönliche Zugriffstoken ist am %1 abgelaufen. Erstellen Sie ein neues in Label Studio (Account &amp; Settings → Personal Access Token).</translation>
    </message>
    <message>
        <source>This API key has no expiration set and is not valid. Create a new personal access token.</source>
        <translation>Für diesen API-Schlüssel ist kein Ablauf gesetzt, und er ist ungültig. Erstellen Sie ein neues persönliches Zugriffstoken.</translation>
    </message>
    <message>
        <source>This token is not a Label Studio personal access token. Paste the personal access token from Account &amp; Settings, or a legacy access token.</source>
        <translation>Dieses Token ist kein persönliches Zugriffstoken von Label Studio. Fügen Sie das persönliche Zugriffstoken aus Account &amp; Settings oder ein älteres Zugriffstoken (Legacy) ein.</translation>
    </message>
</context>
<context>
    <name>lsdesk::AppSettings</name>
    <message>
        <source>&quot;%1&quot; is not a proxy address: write host:port, e.g. proxy.example.com:3128.</source>
        <translation>„%1“ ist keine Proxy-Adresse: schreiben Sie host:port, z. B. proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>Only http:// and socks5:// proxies are supported.</source>
        <translation>Nur http://- und socks5://-Proxys werden unterstützt.</translation>
    </message>
</context>
<context>
    <name>lsdesk::BatchedExportJob</name>
    <message>
        <source>A batch of the export is not a JSON array.</source>
        <translation>Ein Teil (Batch) des Exports ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The batches of this %1 export have different columns (the server picks them from the tasks in each batch), so they cannot be joined into one table. Export without batches, or as JSON.</source>
        <translation>Die Teile dieses %1-Exports haben unterschiedliche Spalten (der Server wählt sie nach den Aufgaben im jeweiligen Teil), daher lassen sie sich nicht zu einer Tabelle zusammenfügen. Exportieren Sie ohne Aufteilung oder als JSON.</translation>
    </message>
    <message>
        <source>Batched export joins JSON, JSON_MIN, CSV and TSV; %1 is built by the server in one piece.</source>
        <translation>Ein aufgeteilter Export fügt JSON, JSON_MIN, CSV und TSV zusammen; %1 erstellt der Server in einem Stück.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file next to %1: %2</source>
        <translation>Neben %1 kann keine temporäre Datei erstellt werden: %2</translation>
    </message>
    <message>
        <source>The export could not be moved into place at %1: %2</source>
        <translation>Der Export konnte nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ColourEditor</name>
    <message>
        <source>Name or #hex, e.g. #36B37E</source>
        <translation>Name oder #Hex, z. B. #36B37E</translation>
    </message>
    <message>
        <source>Choose a colour…</source>
        <translation>Farbe wählen…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>Not a colour name or #hex value this editor knows.</source>
        <translation>Kein Farbname und kein #Hex-Wert, den dieser Editor kennt.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ComboEditor</name>
    <message>
        <source>Not set: choose the object this control labels.</source>
        <translation>Nicht gesetzt: wählen Sie das Objekt, das dieses Steuerelement beschriftet.</translation>
    </message>
    <message>
        <source>“%1” is not an object of this config.</source>
        <translation>„%1“ ist kein Objekt dieser Konfiguration.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
</context>
<context>
    <name>lsdesk::CommentsModel</name>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Bearbeitet %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Erledigt %1</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>lsdesk::CommentsPanel</name>
    <message>
        <source>&amp;Add comment</source>
        <translation>Kommentar &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Write a comment (Ctrl+Enter adds it)</source>
        <translation>Kommentar schreiben (Strg+Eingabe fügt ihn hinzu)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Kommentare werden geladen…</translation>
    </message>
    <message>
        <source>No comments on annotation #%1.</source>
        <translation>Keine Kommentare zu Annotation #%1.</translation>
    </message>
    <message>
        <source>Adding the comment…</source>
        <translation>Kommentar wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Reopening the comment…</source>
        <translation>Kommentar wird wieder geöffnet…</translation>
    </message>
    <message>
        <source>Resolving the comment…</source>
        <translation>Kommentar wird erledigt…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>lsdesk::ComparisonView</name>
    <message>
        <source>Text spans of both annotations</source>
        <translation>Textabschnitte beider Annotationen</translation>
    </message>
    <message>
        <source>Values of both annotations</source>
        <translation>Werte beider Annotationen</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix, then a task, to compare two annotations.</source>
        <translation>Wählen Sie eine Zelle der Matrix und dann eine Aufgabe, um zwei Annotationen zu vergleichen.</translation>
    </message>
    <message>
        <source>Task %1 no longer has both annotations (%2 and %3).</source>
        <translation>Aufgabe %1 hat nicht mehr beide Annotationen (%2 und %3).</translation>
    </message>
    <message>
        <source>Task %1: &lt;span style=&quot;color:%2&quot;&gt;■ %3&lt;/span&gt; (annotation %4) and &lt;span style=&quot;color:%5&quot;&gt;■ %6&lt;/span&gt; (annotation %7)</source>
        <translation>Aufgabe %1: &lt;span style=&quot;color:%2&quot;&gt;■ %3&lt;/span&gt; (Annotation %4) und &lt;span style=&quot;color:%5&quot;&gt;■ %6&lt;/span&gt; (Annotation %7)</translation>
    </message>
    <message>
        <source>%1 IoU %2</source>
        <translation>%1 IoU %2</translation>
    </message>
    <message>
        <source>%1 only: %2</source>
        <translation>nur %1: %2</translation>
    </message>
    <message>
        <source>Neither annotation has a result.</source>
        <translation>Keine der Annotationen hat ein Ergebnis.</translation>
    </message>
    <message>
        <source>Spans of %1 in blue, of %2 in orange, both (underlined) in violet</source>
        <translation>Abschnitte von %1 in Blau, von %2 in Orange, von beiden (unterstrichen) in Violett</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Steuerelement</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigBuilder</name>
    <message>
        <source>Taxonomy item %1 is an empty group. LabelInterface.create() fails here (TypeError: cannot unpack non-iterable NoneType object).</source>
        <translation>Taxonomie-Eintrag %1 ist eine leere Gruppe. LabelInterface.create() schlägt hier fehl (TypeError: cannot unpack non-iterable NoneType object).</translation>
    </message>
    <message>
        <source>Taxonomy item %1 (%2) nests deeper than one level. The taxonomy helper takes groups of plain labels [parent, child, ...]; for a deeper group the SDK writes Python&apos;s text of the tuple as the label, e.g. value=&quot;(&apos;5&apos;, &apos;6&apos;)&quot;. Give a deep taxonomy as {&quot;tag&quot;: &quot;Taxonomy&quot;, &quot;children&quot;: [...]} instead.</source>
        <translation>Taxonomie-Eintrag %1 (%2) ist tiefer als eine Ebene verschachtelt. Der Taxonomie-Helfer nimmt Gruppen einfacher Labels [parent, child, ...]; für eine tiefere Gruppe schreibt das SDK den Python-Text des Tupels als Label, z. B. value=&quot;(&apos;5&apos;, &apos;6&apos;)&quot;. Geben Sie eine tiefe Taxonomie stattdessen als {&quot;tag&quot;: &quot;Taxonomy&quot;, &quot;children&quot;: [...]} an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is a control tag without toName, it has no mapping entry, and there is no object tag (Text, Image, Audio, ...) for it to point at. LabelInterface.create() fails here (TypeError: &apos;NoneType&apos; object is not subscriptable).</source>
        <translation>%1 ist ein Steuerelement-Tag ohne toName, hat keinen Eintrag im Mapping, und es gibt kein Objekt-Tag (Text, Image, Audio, ...), auf das es zeigen kann. LabelInterface.create() schlägt hier fehl (TypeError: &apos;NoneType&apos; object is not subscriptable).</translation>
    </message>
    <message>
        <source>The title must be an object mapping tag names to header texts, e.g. {&quot;%1&quot;: &quot;...&quot;}. LabelInterface.create() fails on a string title (TypeError: can only concatenate tuple (not &quot;list&quot;) to tuple).</source>
        <translation>Der Titel muss ein Objekt sein, das Tag-Namen auf Überschriften abbildet, z. B. {&quot;%1&quot;: &quot;...&quot;}. LabelInterface.create() schlägt bei einem Titel als Zeichenkette fehl (TypeError: can only concatenate tuple (not &quot;list&quot;) to tuple).</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigChange</name>
    <message>
        <source>%1 &quot;%2&quot; added</source>
        <translation>%1 „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; removed</source>
        <translation>%1 „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; renamed to &quot;%3&quot;</source>
        <translation>%1 „%2“ umbenannt in „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed from %2 to %3</source>
        <translation>„%1“ geändert von %2 in %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; now points to &quot;%3&quot; instead of &quot;%4&quot;</source>
        <translation>%1 „%2“ zeigt jetzt auf „%3“ statt auf „%4“</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; now reads %3 instead of %4</source>
        <translation>%1 „%2“ lautet jetzt %3 statt %4</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; added to &quot;%2&quot;</source>
        <translation>Label „%1“ zu „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; removed from &quot;%2&quot;</source>
        <translation>Label „%1“ aus „%2“ entfernt</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of &quot;%2&quot; renamed to &quot;%3&quot;</source>
        <translation>Label „%1“ von „%2“ umbenannt in „%3“</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; of &quot;%2&quot; recoloured from %3 to %4</source>
        <translation>Farbe von Label „%1“ von „%2“ geändert von %3 in %4</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigChecker</name>
    <message>
        <source>Could not check the config with the server: %1</source>
        <translation>Die Konfiguration konnte nicht mit dem Server geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigDiff</name>
    <message>
        <source>Labels no longer in the config are still used in &quot;%1&quot;; the server accepts them if they are user-added Taxonomy labels:
%2</source>
        <translation>Labels, die nicht mehr in der Konfiguration stehen, werden in „%1“ noch verwendet; der Server akzeptiert sie, wenn es von Benutzern hinzugefügte Taxonomie-Labels sind:
%2</translation>
    </message>
    <message>
        <source>Saving keeps annotations that use labels no longer in &quot;%1&quot;:
%2</source>
        <translation>Beim Speichern bleiben Annotationen erhalten, die Labels verwenden, die nicht mehr in „%1“ stehen:
%2</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigDocument</name>
    <message>
        <source>The config is empty.</source>
        <translation>Die Konfiguration ist leer.</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>In %1 ändern</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigEditorWindow</name>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Not saved: the server would refuse this config.</source>
        <translation>Nicht gespeichert: der Server würde diese Konfiguration ablehnen.</translation>
    </message>
    <message>
        <source>Saved to the server.</source>
        <translation>Auf dem Server gespeichert.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the config</source>
        <translation>Der Server hat die Konfiguration abgelehnt</translation>
    </message>
    <message>
        <source>The config was not saved; your edits are still here.</source>
        <translation>Die Konfiguration wurde nicht gespeichert; Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>The label config was not saved: %1</source>
        <translation>Die Label-Konfiguration wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Use this config</source>
        <translation>Diese Konfiguration ver&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Save to the server</source>
        <translation>Auf dem &amp;Server speichern</translation>
    </message>
    <message>
        <source>Start from a &amp;template…</source>
        <translation>Mit einer &amp;Vorlage beginnen…</translation>
    </message>
    <message>
        <source>&amp;Revert to the saved config</source>
        <translation>Zur gespeicherten Konfiguration &amp;zurückkehren</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>C&amp;heck with the server now</source>
        <translation>Jetzt mit dem Server &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Loading the label config of &quot;%1&quot;…</source>
        <translation>Label-Konfiguration von „%1“ wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the label config: %1</source>
        <translation>Die Label-Konfiguration konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the label config of &quot;%1&quot;: %2</source>
        <translation>Die Label-Konfiguration von „%1“ konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>new project</source>
        <translation>neues Projekt</translation>
    </message>
    <message>
        <source>Label config — %1[*]</source>
        <translation>Label-Konfiguration — %1[*]</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <source>The template replaces the whole config (Undo brings it back).</source>
        <translation>Die Vorlage ersetzt die gesamte Konfiguration (Rückgängig stellt sie wieder her).</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Config handed to the new project.</source>
        <translation>Konfiguration an das neue Projekt übergeben.</translation>
    </message>
    <message>
        <source>Not saved: the project&apos;s config has not been loaded.</source>
        <translation>Nicht gespeichert: die Konfiguration des Projekts wurde nicht geladen.</translation>
    </message>
    <message>
        <source>Not saved: the XML is not well-formed (%1). Fix it first.</source>
        <translation>Nicht gespeichert: das XML ist nicht wohlgeformt (%1). Beheben Sie das zuerst.</translation>
    </message>
    <message>
        <source>Not saved: not connected to the server.</source>
        <translation>Nicht gespeichert: nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Use the edited config for the new project?</source>
        <translation>Die bearbeitete Konfiguration für das neue Projekt verwenden?</translation>
    </message>
    <message>
        <source>The label config of &quot;%1&quot; has changes that are not saved on the server. Save them?</source>
        <translation>Die Label-Konfiguration von „%1“ hat Änderungen, die nicht auf dem Server gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigPreview</name>
    <message>
        <source>Preview of the labeling interface</source>
        <translation>Vorschau der Beschriftungsoberfläche</translation>
    </message>
    <message>
        <source>The XML is not well-formed, so the preview shows the last well-formed version.</source>
        <translation>Das XML ist nicht wohlgeformt, daher zeigt die Vorschau die letzte wohlgeformte Fassung.</translation>
    </message>
    <message>
        <source>No label config to preview.</source>
        <translation>Keine Label-Konfiguration für die Vorschau.</translation>
    </message>
    <message>
        <source>The preview appears when the XML is well-formed.</source>
        <translation>Die Vorschau erscheint, sobald das XML wohlgeformt ist.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigSaver</name>
    <message>
        <source>There is no server connection to save to.</source>
        <translation>Es gibt keine Serververbindung, auf der gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The project does not exist on the server yet.</source>
        <translation>Das Projekt existiert noch nicht auf dem Server.</translation>
    </message>
    <message>
        <source>The config is not well-formed XML (%1); fix it before saving.</source>
        <translation>Die Konfiguration ist kein wohlgeformtes XML (%1); beheben Sie das vor dem Speichern.</translation>
    </message>
    <message>
        <source>Could not read what the project&apos;s annotations use: %1</source>
        <translation>Es konnte nicht gelesen werden, was die Annotationen des Projekts verwenden: %1</translation>
    </message>
    <message>
        <source>The config was closed before it could be saved.</source>
        <translation>Die Konfiguration wurde geschlossen, bevor sie gespeichert werden konnte.</translation>
    </message>
    <message>
        <source>The config is not well-formed XML (%1).</source>
        <translation>Die Konfiguration ist kein wohlgeformtes XML (%1).</translation>
    </message>
    <message>
        <source>The server connection was closed before the config could be saved.</source>
        <translation>Die Serververbindung wurde geschlossen, bevor die Konfiguration gespeichert werden konnte.</translation>
    </message>
    <message>
        <source>Text as the server stored it</source>
        <translation>Text, wie der Server ihn gespeichert hat</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigSpec</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&quot;tags&quot; (an array of tag entries) is required.</source>
        <translation>„tags“ (ein Array von Tag-Einträgen) ist erforderlich.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>the name %1 is used by an earlier entry.</source>
        <translation>der Name %1 wird bereits von einem früheren Eintrag verwendet.</translation>
    </message>
    <message>
        <source>must be an object {name: header text} or null, not %1.</source>
        <translation>muss ein Objekt {Name: Überschrift} oder null sein, nicht %1.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigTreeModel</name>
    <message>
        <source>Object: the data annotators see</source>
        <translation>Objekt: die Daten, die Annotatoren sehen</translation>
    </message>
    <message>
        <source>Control: what annotators use</source>
        <translation>Steuerelement: was Annotatoren verwenden</translation>
    </message>
    <message>
        <source>Label or choice of a control</source>
        <translation>Label oder Auswahl eines Steuerelements</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigTreeView</name>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete Element</source>
        <translation>Element &amp;löschen</translation>
    </message>
    <message>
        <source>The XML has an error: this is the last structure that parsed. Fix the XML to edit the structure again.</source>
        <translation>Das XML enthält einen Fehler: dies ist die letzte Struktur, die gelesen werden konnte. Beheben Sie das XML, um die Struktur wieder zu bearbeiten.</translation>
    </message>
    <message>
        <source>Move the element before its previous sibling</source>
        <translation>Das Element vor sein vorheriges Geschwisterelement verschieben</translation>
    </message>
    <message>
        <source>Move the element after its next sibling</source>
        <translation>Das Element hinter sein nächstes Geschwisterelement verschieben</translation>
    </message>
    <message>
        <source>Remove the element and everything inside it</source>
        <translation>Das Element und alles darin entfernen</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigValidator</name>
    <message>
        <source>The label config is not valid XML: %1</source>
        <translation>Die Label-Konfiguration ist kein gültiges XML: %1</translation>
    </message>
    <message>
        <source>The task must be a JSON object, got %1</source>
        <translation>Die Aufgabe muss ein JSON-Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>The task has no &quot;data&quot; object.</source>
        <translation>Die Aufgabe hat kein „data“-Objekt.</translation>
    </message>
    <message>
        <source>The task&apos;s &quot;data&quot; must be a JSON object, got %1</source>
        <translation>„data“ der Aufgabe muss ein JSON-Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>The task data has no value for &quot;%1&quot;, which &lt;%2 name=&quot;%3&quot;&gt; displays.</source>
        <translation>Die Aufgabendaten haben keinen Wert für „%1“, den &lt;%2 name=&quot;%3&quot;&gt; anzeigt.</translation>
    </message>
    <message>
        <source>The task&apos;s &quot;%1&quot; must be a list.</source>
        <translation>„%1“ der Aufgabe muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Annotation %1: </source>
        <translation>Annotation %1: </translation>
    </message>
    <message>
        <source>Prediction %1: </source>
        <translation>Vorhersage %1: </translation>
    </message>
    <message>
        <source>The annotation must be a JSON object, got %1</source>
        <translation>Die Annotation muss ein JSON-Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>The prediction must be a JSON object, got %1</source>
        <translation>Die Vorhersage muss ein JSON-Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>Score must be a number between 0 and 1, got %1</source>
        <translation>Der Score muss eine Zahl zwischen 0 und 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>Region %1: a region must be a JSON object, got %2</source>
        <translation>Region %1: eine Region muss ein JSON-Objekt sein, erhalten: %2</translation>
    </message>
    <message>
        <source>Region %1: &apos;type&apos; must be a string, got %2</source>
        <translation>Region %1: &apos;type&apos; muss eine Zeichenkette sein, erhalten: %2</translation>
    </message>
    <message>
        <source>the value must be a JSON object, got %1</source>
        <translation>der Wert muss ein JSON-Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>Relation %1: a relation must be a JSON object, got %2</source>
        <translation>Relation %1: eine Relation muss ein JSON-Objekt sein, erhalten: %2</translation>
    </message>
    <message>
        <source>region ids must be strings or numbers, got %1</source>
        <translation>Regions-IDs müssen Zeichenketten oder Zahlen sein, erhalten: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a number, got %2</source>
        <translation>&apos;%1&apos; muss eine Zeichenkette oder Zahl sein, erhalten: %2</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConfigWriter</name>
    <message>
        <source>%1%2 is not a valid XML tag name.%3</source>
        <translation>%1%2 ist kein gültiger XML-Tag-Name.%3</translation>
    </message>
    <message>
        <source>The attribute %1 of &lt;%2&gt;%3 declares an XML namespace. Label configs do not use namespaces, and the SDK&apos;s pretty output would move it before the other attributes.</source>
        <translation>Das Attribut %1 von &lt;%2&gt;%3 deklariert einen XML-Namensraum. Label-Konfigurationen verwenden keine Namensräume, und die formatierte Ausgabe des SDK würde es vor die anderen Attribute verschieben.</translation>
    </message>
    <message>
        <source>%1, an attribute of &lt;%2&gt;%3, is not a valid XML attribute name.%4</source>
        <translation>%1, ein Attribut von &lt;%2&gt;%3, ist kein gültiger XML-Attributname.%4</translation>
    </message>
    <message>
        <source>The attribute %1 of &lt;%2&gt;%3 is null. LabelInterface.create() fails here (TypeError: cannot serialize None).</source>
        <translation>Das Attribut %1 von &lt;%2&gt;%3 ist null. LabelInterface.create() schlägt hier fehl (TypeError: cannot serialize None).</translation>
    </message>
    <message>
        <source>The attribute %1 of &lt;%2&gt;%3 is %4 (%5), not text. The SDK would write Python&apos;s repr() of it into the config.</source>
        <translation>Das Attribut %1 von &lt;%2&gt;%3 ist %4 (%5), kein Text. Das SDK würde Pythons repr() davon in die Konfiguration schreiben.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>The attribute %1 of &lt;%2&gt;%3 contains the character %4, which XML 1.0 does not allow.</source>
        <translation>Das Attribut %1 von &lt;%2&gt;%3 enthält das Zeichen %4, das XML 1.0 nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ConnectDialog</name>
    <message>
        <source>Connect to Label Studio</source>
        <translation>Mit Label Studio verbinden</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Forget this profile, its stored key and its trusted certificates</source>
        <translation>Dieses Profil, seinen gespeicherten Schlüssel und seine vertrauenswürdigen Zertifikate vergessen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Work server (defaults to the host name)</source>
        <translation>z. B. Arbeitsserver (Standard ist der Hostname)</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>https://labelstudio.example.com</source>
        <translation>https://labelstudio.example.com</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keychain</source>
        <translation>Schlüssel im System-Schlüsselbund mer&amp;ken</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Stop test</source>
        <translation>Test ab&amp;brechen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keychain: %1</source>
        <translation>Das Profil wurde entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, e.g. https://labelstudio.example.com</source>
        <translation>Geben Sie die URL des Servers ein, z. B. https://labelstudio.example.com</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Connected: Label Studio %1, %2 edition.
Signed in as %3.</source>
        <translation>Verbunden: Label Studio %1, Edition %2.
Angemeldet als %3.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Compare the certificate below with what your administrator tells you; only if it matches, trust it for this server.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Vergleichen Sie das Zertifikat unten mit den Angaben Ihres Administrators; nur wenn es übereinstimmt, vertrauen Sie ihm für diesen Server.</translation>
    </message>
    <message>
        <source>This server does not accept legacy API tokens any more (&quot;%1&quot;). Use a personal access token instead: in the Label Studio web UI open Account &amp; Settings → Personal Access Token, create a token and paste it here.</source>
        <translation>Dieser Server akzeptiert keine älteren API-Tokens (Legacy) mehr („%1“). Verwenden Sie stattdessen ein persönliches Zugriffstoken: öffnen Sie in der Weboberfläche von Label Studio Account &amp; Settings → Personal Access Token, erstellen Sie ein Token und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>The server refused the API key%1. Check that you copied the whole key, and that it belongs to this server; you can create a new one under Account &amp; Settings → Personal Access Token.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt%1. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben und ob er zu diesem Server gehört; einen neuen können Sie unter Account &amp; Settings → Personal Access Token erstellen.</translation>
    </message>
    <message>
        <source> (&quot;%1&quot;)</source>
        <translation> („%1“)</translation>
    </message>
    <message>
        <source>There is no Label Studio API at %1 (%2 answered, but not as Label Studio). Check the path: if Label Studio is served below a sub-path, include it, e.g. https://%2/labelstudio</source>
        <translation>Unter %1 gibt es keine Label-Studio-API (%2 hat geantwortet, aber nicht als Label Studio). Prüfen Sie den Pfad: wenn Label Studio unter einem Unterpfad bereitgestellt wird, geben Sie ihn mit an, z. B. https://%2/labelstudio</translation>
    </message>
    <message>
        <source>The server cannot be reached. %1</source>
        <translation>Der Server ist nicht erreichbar. %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more certificate(s) in the chain)</source>
        <translation>
            <numerusform>(%n weiteres Zertifikat in der Kette)</numerusform>
            <numerusform>(%n weitere Zertifikate in der Kette)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 vertr&amp;auen</translation>
    </message>
    <message>
        <source>%1
Press Connect again to use the key for this session only.</source>
        <translation>%1
Drücken Sie erneut auf Verbinden, um den Schlüssel nur für diese Sitzung zu verwenden.</translation>
    </message>
</context>
<context>
    <name>lsdesk::CredentialStore</name>
    <message>
        <source>No API key is stored for this server profile. Enter the key again.</source>
        <translation>Für dieses Serverprofil ist kein API-Schlüssel gespeichert. Geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain service is available on this system (%1), so the API key cannot be saved.</source>
        <translation>Auf diesem System ist kein Schlüsselbund-Dienst verfügbar (%1), daher kann der API-Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The keychain is not usable (%1), so the API key cannot be saved.</source>
        <translation>Der Schlüsselbund ist nicht verwendbar (%1), daher kann der API-Schlüssel nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>lsdesk::CsvWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>lsdesk::DataValueEditor</name>
    <message>
        <source>From task data</source>
        <translation>Aus Aufgabendaten</translation>
    </message>
    <message>
        <source>The value names a field of the task data ($field); unchecked, it is literal text.</source>
        <translation>Der Wert benennt ein Feld der Aufgabendaten ($field); nicht angehakt ist er wörtlicher Text.</translation>
    </message>
</context>
<context>
    <name>lsdesk::DmActionDialog</name>
    <message>
        <source>This action is experimental.</source>
        <translation>Diese Aktion ist experimentell.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>lsdesk::DmActionsMenu</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>Could not load the Data Manager actions: %1</source>
        <translation>Die Aktionen des Datenmanagers konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading actions…</source>
        <translation>Aktionen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the actions</source>
        <translation>Die Aktionen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>No actions available</source>
        <translation>Keine Aktionen verfügbar</translation>
    </message>
    <message>
        <source>%1 (experimental)</source>
        <translation>%1 (experimentell)</translation>
    </message>
    <message>
        <source>%1: select the tasks to apply it to first.</source>
        <translation>%1: wählen Sie zuerst die Aufgaben aus, auf die sie angewendet werden soll.</translation>
    </message>
    <message>
        <source>Could not load the form of “%1”: %2</source>
        <translation>Das Formular von „%1“ konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>It applies to %n selected task(s).</source>
        <translation>
            <numerusform>Sie wird auf %n ausgewählte Aufgabe angewendet.</numerusform>
            <numerusform>Sie wird auf %n ausgewählte Aufgaben angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>It applies to all tasks of the project.</source>
        <translation>Sie wird auf alle Aufgaben des Projekts angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>It applies to all tasks of the project except %n.</source>
        <translation>
            <numerusform>Sie wird auf alle Aufgaben des Projekts außer %n angewendet.</numerusform>
            <numerusform>Sie wird auf alle Aufgaben des Projekts außer %n angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>It applies to all tasks matching the current filter.</source>
        <translation>Sie wird auf alle Aufgaben angewendet, die zum aktuellen Filter passen.</translation>
    </message>
    <message numerus="yes">
        <source>It applies to all tasks matching the current filter except %n.</source>
        <translation>
            <numerusform>Sie wird auf alle Aufgaben angewendet, die zum aktuellen Filter passen, außer %n.</numerusform>
            <numerusform>Sie wird auf alle Aufgaben angewendet, die zum aktuellen Filter passen, außer %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::EnterpriseSettings</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Requeue to the annotator</source>
        <translation>Erneut dem Annotator zuweisen</translation>
    </message>
    <message>
        <source>Redistribute to others</source>
        <translation>An andere verteilen</translation>
    </message>
    <message>
        <source>Agreement &amp;methodology:</source>
        <translation>Übereinstimmungs-&amp;Methodik:</translation>
    </message>
    <message>
        <source>How agreement between annotators is computed</source>
        <translation>Wie die Übereinstimmung zwischen Annotatoren berechnet wird</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Pairwise averaging</source>
        <translation>Paarweise Mittelung</translation>
    </message>
    <message>
        <source>Agreement &amp;threshold:</source>
        <translation>Übereinstimmungs-&amp;Schwelle:</translation>
    </message>
    <message>
        <source>Tasks below this agreement get additional annotators</source>
        <translation>Aufgaben unter dieser Übereinstimmung erhalten zusätzliche Annotatoren</translation>
    </message>
    <message>
        <source>Ma&amp;x additional annotators:</source>
        <translation>Ma&amp;x. zusätzliche Annotatoren:</translation>
    </message>
    <message>
        <source>How many more annotators a task below the threshold may get</source>
        <translation>Wie viele Annotatoren eine Aufgabe unter der Schwelle zusätzlich erhalten darf</translation>
    </message>
    <message>
        <source>&amp;Evaluate annotators</source>
        <translation>Annotatoren &amp;bewerten</translation>
    </message>
    <message>
        <source>Evaluate annotators against ground truth</source>
        <translation>Annotatoren anhand der Ground Truth bewerten</translation>
    </message>
    <message>
        <source>Evaluation me&amp;tric:</source>
        <translation>Bewertungsme&amp;trik:</translation>
    </message>
    <message>
        <source>Agreement with ground truth</source>
        <translation>Übereinstimmung mit der Ground Truth</translation>
    </message>
    <message>
        <source>Acceptance score</source>
        <translation>Akzeptanzwert</translation>
    </message>
    <message>
        <source>Rejection rate</source>
        <translation>Ablehnungsquote</translation>
    </message>
    <message>
        <source>Minimum &amp;score:</source>
        <translation>Mindest-Sc&amp;ore:</translation>
    </message>
    <message>
        <source>Score required to pass evaluation</source>
        <translation>Score, der zum Bestehen der Bewertung nötig ist</translation>
    </message>
    <message>
        <source>Minimum tas&amp;ks:</source>
        <translation>Mindestanzahl &amp;Aufgaben:</translation>
    </message>
    <message>
        <source>Tasks an annotator must complete before being evaluated</source>
        <translation>Aufgaben, die ein Annotator abschließen muss, bevor er bewertet wird</translation>
    </message>
    <message>
        <source>&amp;Onboarding tasks:</source>
        <translation>&amp;Onboarding-Aufgaben:</translation>
    </message>
    <message>
        <source>Ground truth tasks shown first for evaluation</source>
        <translation>Ground-Truth-Aufgaben, die zur Bewertung zuerst gezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Continuous tasks:</source>
        <translation>&amp;Laufende Aufgaben:</translation>
    </message>
    <message>
        <source>Ground truth tasks mixed into the queue for ongoing evaluation</source>
        <translation>Ground-Truth-Aufgaben, die zur fortlaufenden Bewertung in die Warteschlange gemischt werden</translation>
    </message>
    <message>
        <source>&amp;Pause annotators who fail evaluation</source>
        <translation>Annotatoren &amp;pausieren, die die Bewertung nicht bestehen</translation>
    </message>
    <message>
        <source>Task limit (&amp;count):</source>
        <translation>Aufgabenlimit (A&amp;nzahl):</translation>
    </message>
    <message>
        <source>Most tasks one annotator may annotate</source>
        <translation>Höchstzahl der Aufgaben, die ein Annotator annotieren darf</translation>
    </message>
    <message>
        <source>Task limit (&amp;percent):</source>
        <translation>Aufgabenlimit (Pro&amp;zent):</translation>
    </message>
    <message>
        <source>Most tasks one annotator may annotate, in percent of the project</source>
        <translation>Höchstzahl der Aufgaben, die ein Annotator annotieren darf, in Prozent des Projekts</translation>
    </message>
    <message>
        <source>Stric&amp;t task overlap</source>
        <translation>S&amp;trikte Aufgabenüberlappung</translation>
    </message>
    <message>
        <source>Never give a task to more annotators than the overlap asks for</source>
        <translation>Eine Aufgabe nie mehr Annotatoren geben, als die Überlappung verlangt</translation>
    </message>
    <message>
        <source>Require a comment on s&amp;kip</source>
        <translation>Beim Über&amp;springen einen Kommentar verlangen</translation>
    </message>
    <message>
        <source>Show &amp;unused data columns to annotators</source>
        <translation>Annotatoren &amp;ungenutzte Datenspalten zeigen</translation>
    </message>
    <message>
        <source>Task &amp;reservation (seconds):</source>
        <translation>Aufgaben&amp;reservierung (Sekunden):</translation>
    </message>
    <message>
        <source>How long a task stays reserved for the annotator who opened it</source>
        <translation>Wie lange eine Aufgabe für den Annotator reserviert bleibt, der sie geöffnet hat</translation>
    </message>
    <message>
        <source>A task is &amp;reviewed when:</source>
        <translation>Eine Aufgabe gilt als ge&amp;prüft, wenn:</translation>
    </message>
    <message>
        <source>at least one annotation is reviewed</source>
        <translation>mindestens eine Annotation geprüft ist</translation>
    </message>
    <message>
        <source>all annotations are reviewed</source>
        <translation>alle Annotationen geprüft sind</translation>
    </message>
    <message>
        <source>Review &amp;order:</source>
        <translation>Prüf&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>By task id</source>
        <translation>Nach Aufgaben-ID</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>By annotator</source>
        <translation>Nach Annotator</translation>
    </message>
    <message>
        <source>&amp;Default reject action:</source>
        <translation>Stan&amp;dardaktion beim Ablehnen:</translation>
    </message>
    <message>
        <source>What one click on Reject does</source>
        <translation>Was ein Klick auf „Ablehnen“ bewirkt</translation>
    </message>
    <message>
        <source>Re&amp;queue rejected tasks to the annotator</source>
        <translation>Abgelehnte Aufgaben &amp;erneut dem Annotator zuweisen</translation>
    </message>
    <message>
        <source>Reviewers must &amp;comment when they reject</source>
        <translation>Prüfer müssen beim Ablehnen &amp;kommentieren</translation>
    </message>
    <message>
        <source>Review only &amp;finished tasks</source>
        <translation>Nur a&amp;bgeschlossene Aufgaben prüfen</translation>
    </message>
    <message>
        <source>Review only &amp;manually assigned tasks</source>
        <translation>Nur &amp;manuell zugewiesene Aufgaben prüfen</translation>
    </message>
    <message>
        <source>&amp;Hide annotator names from reviewers</source>
        <translation>Annotatornamen vor Prüfern &amp;verbergen</translation>
    </message>
    <message>
        <source>Show &amp;agreement to reviewers</source>
        <translation>Prüfern die Übereinstimmung &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the Data &amp;Manager to reviewers</source>
        <translation>Prüfern den Daten&amp;manager zeigen</translation>
    </message>
    <message>
        <source>Show unused data columns to re&amp;viewers</source>
        <translation>Prüfern ungenutzte Daten&amp;spalten zeigen</translation>
    </message>
    <message>
        <source>Show the &amp;instructions before reviewing</source>
        <translation>Vor dem Prüfen die &amp;Anleitung zeigen</translation>
    </message>
    <message>
        <source>Review &amp;limit (%):</source>
        <translation>Prüf&amp;limit (%):</translation>
    </message>
    <message>
        <source>Percent of the tasks to review</source>
        <translation>Prozentsatz der zu prüfenden Aufgaben</translation>
    </message>
    <message>
        <source>Annotator &amp;batch (%):</source>
        <translation>Annotator-S&amp;tapel (%):</translation>
    </message>
    <message>
        <source>Percent of an annotator&apos;s work to review before moving to another annotator</source>
        <translation>Prozentsatz der Arbeit eines Annotators, der geprüft wird, bevor zum nächsten Annotator gewechselt wird</translation>
    </message>
    <message>
        <source>Task &amp;distribution:</source>
        <translation>Aufgaben&amp;verteilung:</translation>
    </message>
    <message>
        <source>How the labeling stream hands out tasks</source>
        <translation>Wie der Beschriftungsstrom Aufgaben verteilt</translation>
    </message>
    <message>
        <source>Automatic: to every annotator</source>
        <translation>Automatisch: an jeden Annotator</translation>
    </message>
    <message>
        <source>Manual: only tasks assigned to the annotator</source>
        <translation>Manuell: nur dem Annotator zugewiesene Aufgaben</translation>
    </message>
</context>
<context>
    <name>lsdesk::EnterpriseSettingsEditors</name>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Assig&amp;nment</source>
        <translation>&amp;Zuweisung</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>lsdesk::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Den Fehler schließen</translation>
    </message>
    <message>
        <source>Retry the failed operation</source>
        <translation>Den fehlgeschlagenen Vorgang wiederholen</translation>
    </message>
</context>
<context>
    <name>lsdesk::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>Exportformate</translation>
    </message>
    <message>
        <source>Export destination</source>
        <translation>Exportziel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>the label config cannot be read (%1)</source>
        <translation>die Label-Konfiguration kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>%1 needs %2 labelled with one of %3; this project&apos;s label config has none.</source>
        <translation>%1 benötigt %2, beschriftet mit einem von %3; die Label-Konfiguration dieses Projekts hat keines.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Loading the formats…</source>
        <translation>Formate werden geladen…</translation>
    </message>
    <message>
        <source>The formats could not be loaded: %1</source>
        <translation>Die Formate konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The server does not offer this format for this project.</source>
        <translation>Der Server bietet dieses Format für dieses Projekt nicht an.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the new export? The old file stays until the export has completed.</source>
        <translation>%1 existiert. Durch den neuen Export ersetzen? Die alte Datei bleibt erhalten, bis der Export abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The server is converting the snapshot to %1…</source>
        <translation>Der Server wandelt den Snapshot in %1 um…</translation>
    </message>
    <message>
        <source>The server is building a snapshot of the project…</source>
        <translation>Der Server erstellt einen Snapshot des Projekts…</translation>
    </message>
    <message>
        <source>Downloaded batch %1 of %2</source>
        <translation>Teil %1 von %2 heruntergeladen</translation>
    </message>
    <message>
        <source>Listing the tasks to export in batches…</source>
        <translation>Die zu exportierenden Aufgaben werden für den aufgeteilten Export aufgelistet…</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file is complete…</source>
        <translation>Heruntergeladen; es wird geprüft, ob die Datei vollständig ist…</translation>
    </message>
    <message>
        <source>Waiting for the server to prepare the export…</source>
        <translation>Warten, bis der Server den Export vorbereitet hat…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 — %3/s — about %n s left</source>
        <translation>
            <numerusform>%1 von %2 — %3/s — noch etwa %n s</numerusform>
            <numerusform>%1 von %2 — %3/s — noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2/s</source>
        <translation>%1 — %2/s</translation>
    </message>
    <message>
        <source>Exported to %1 (%2).</source>
        <translation>Exportiert nach %1 (%2).</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (%2) is in %3</source>
        <translation>%1 (%2) liegt in %3</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written to %1.</source>
        <translation>Abgebrochen. Nach %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1
Nothing was written to %2. Press Export to try again.</source>
        <translation>Der Export ist fehlgeschlagen: %1
Nach %2 wurde nichts geschrieben. Drücken Sie auf Exportieren, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>lsdesk::ExportJob</name>
    <message>
        <source>No file to export to was given.</source>
        <translation>Es wurde keine Datei angegeben, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 existiert und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The downloaded file cannot be read back.</source>
        <translation>Die heruntergeladene Datei kann nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s file is not complete JSON: %1 at byte %2.</source>
        <translation>Die Datei des Servers ist kein vollständiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file next to %1: %2</source>
        <translation>Neben %1 kann keine temporäre Datei erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export ended early: %1 of %2 bytes arrived. Try again.</source>
        <translation>Der Export endete vorzeitig: %1 von %2 Bytes sind angekommen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent an empty export.</source>
        <translation>Der Server hat einen leeren Export gesendet.</translation>
    </message>
    <message>
        <source> Try again.</source>
        <translation> Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export could not be written to disk: %1</source>
        <translation>Der Export konnte nicht auf die Festplatte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s archive did not arrive whole: %1</source>
        <translation>Das Archiv des Servers ist nicht vollständig angekommen: %1</translation>
    </message>
    <message>
        <source>The server said it sent a zip archive, but the file is not one.</source>
        <translation>Der Server gab an, ein ZIP-Archiv zu senden, aber die Datei ist keines.</translation>
    </message>
    <message>
        <source>The export could not be moved into place at %1: %2</source>
        <translation>Der Export konnte nicht nach %1 verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>lsdesk::ExportLauncher</name>
    <message>
        <source>Not connected: connect to a server first (File › Connect…).</source>
        <translation>Nicht verbunden: verbinden Sie sich zuerst mit einem Server (Datei › Verbinden…).</translation>
    </message>
    <message>
        <source>Choose a project to export: select one in the projects pane or open it.</source>
        <translation>Wählen Sie ein zu exportierendes Projekt: wählen Sie eines im Projektbereich aus oder öffnen Sie es.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ExportOptions</name>
    <message>
        <source>Include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Only these</source>
        <translation>Nur diese</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Only &amp;annotated tasks</source>
        <translation>Nur &amp;annotierte Aufgaben</translation>
    </message>
    <message>
        <source>&amp;All tasks</source>
        <translation>A&amp;lle Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n sele&amp;cted task(s)</source>
        <translation>
            <numerusform>Nur die %n ausge&amp;wählte Aufgabe</numerusform>
            <numerusform>Nur die %n ausge&amp;wählten Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Include &amp;media files (archive formats)</source>
        <translation>&amp;Mediendateien einschließen (Archivformate)</translation>
    </message>
    <message>
        <source>Export through a sna&amp;pshot (kept on the server)</source>
        <translation>Über einen Sna&amp;pshot exportieren (bleibt auf dem Server)</translation>
    </message>
    <message>
        <source>This server exports through snapshots, which stay on the server.</source>
        <translation>Dieser Server exportiert über Snapshots, die auf dem Server bleiben.</translation>
    </message>
    <message>
        <source>Download in &amp;batches of</source>
        <translation>In &amp;Teilen herunterladen zu je</translation>
    </message>
    <message>
        <source>tasks (for very large projects whose export times out)</source>
        <translation>Aufgaben (für sehr große Projekte, deren Export eine Zeitüberschreitung hat)</translation>
    </message>
    <message>
        <source>Snapshot options</source>
        <translation>Snapshot-Optionen</translation>
    </message>
    <message>
        <source>Include s&amp;kipped annotations</source>
        <translation>Über&amp;sprungene Annotationen einschließen</translation>
    </message>
    <message>
        <source>Only &amp;ground-truth annotations</source>
        <translation>Nur &amp;Ground-Truth-Annotationen</translation>
    </message>
    <message>
        <source>Include &amp;drafts</source>
        <translation>&amp;Entwürfe einschließen</translation>
    </message>
    <message>
        <source>Include predic&amp;tions</source>
        <translation>&amp;Vorhersagen einschließen</translation>
    </message>
    <message>
        <source>Include annotation &amp;history</source>
        <translation>Annotations&amp;historie einschließen</translation>
    </message>
    <message>
        <source>&amp;Interpolate video key frames</source>
        <translation>Video-Schlüsselbilder &amp;interpolieren</translation>
    </message>
    <message>
        <source>Finished tasks</source>
        <translation>Abgeschlossene Aufgaben</translation>
    </message>
    <message>
        <source>Tasks with skipped annotations</source>
        <translation>Aufgaben mit übersprungenen Annotationen</translation>
    </message>
    <message>
        <source>The server builds a snapshot of the project, converts it and keeps it; snapshots have more options, but cover the whole project (or a Data Manager tab), not a selection.</source>
        <translation>Der Server erstellt einen Snapshot des Projekts, wandelt ihn um und behält ihn; Snapshots haben mehr Optionen, umfassen aber das ganze Projekt (oder einen Tab des Datenmanagers), keine Auswahl.</translation>
    </message>
    <message>
        <source>Also the annotations that were skipped (cancelled).</source>
        <translation>Auch die Annotationen, die übersprungen (abgebrochen) wurden.</translation>
    </message>
    <message>
        <source>Only the annotations marked as ground truth.</source>
        <translation>Nur die als Ground Truth markierten Annotationen.</translation>
    </message>
    <message>
        <source>Whole drafts instead of their ids.</source>
        <translation>Vollständige Entwürfe statt ihrer IDs.</translation>
    </message>
    <message>
        <source>Whole predictions instead of their ids.</source>
        <translation>Vollständige Vorhersagen statt ihrer IDs.</translation>
    </message>
    <message>
        <source>Each annotation&apos;s history of changes.</source>
        <translation>Der Änderungsverlauf jeder Annotation.</translation>
    </message>
    <message>
        <source>Video tracks with every frame between the key frames. Unchecked: the server&apos;s setting.</source>
        <translation>Videospuren mit jedem Bild zwischen den Schlüsselbildern. Nicht angehakt: die Einstellung des Servers.</translation>
    </message>
    <message>
        <source>Fi&amp;nished tasks:</source>
        <translation>A&amp;bgeschlossene Aufgaben:</translation>
    </message>
    <message>
        <source>Tasks &amp;with skipped annotations:</source>
        <translation>Aufgaben mit übe&amp;rsprungenen Annotationen:</translation>
    </message>
    <message>
        <source>Tasks per batch</source>
        <translation>Aufgaben pro Teil</translation>
    </message>
    <message>
        <source>For JSON, JSON_MIN, CSV and TSV without a snapshot: the export is fetched a batch of tasks at a time and joined into one file.</source>
        <translation>Für JSON, JSON_MIN, CSV und TSV ohne Snapshot: der Export wird teilweise, jeweils eine Gruppe von Aufgaben, abgerufen und zu einer Datei zusammengefügt.</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>A snapshot covers the whole project, not a selection.</source>
        <translation>Ein Snapshot umfasst das ganze Projekt, keine Auswahl.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ImpactDialog</name>
    <message>
        <source>Save Label Config</source>
        <translation>Label-Konfiguration speichern</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The server would refuse this config: existing annotations or drafts depend on what it removes. Put back what they use, or change those annotations first.</source>
        <translation>Der Server würde diese Konfiguration ablehnen: vorhandene Annotationen oder Entwürfe hängen von dem ab, was sie entfernt. Stellen Sie wieder her, was sie verwenden, oder ändern Sie zuerst diese Annotationen.</translation>
    </message>
    <message>
        <source>These changes affect existing annotations. Save anyway?</source>
        <translation>Diese Änderungen betreffen vorhandene Annotationen. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>lsdesk::ImpactItem</name>
    <message>
        <source>Adding %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Removing %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ entfernen</translation>
    </message>
    <message>
        <source>Renaming %1 &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>%1 „%2“ in „%3“ umbenennen</translation>
    </message>
    <message>
        <source>Changing &quot;%1&quot; from %2 to %3</source>
        <translation>„%1“ von %2 in %3 ändern</translation>
    </message>
    <message>
        <source>Pointing %1 &quot;%2&quot; at &quot;%3&quot; instead of &quot;%4&quot;</source>
        <translation>%1 „%2“ auf „%3“ statt auf „%4“ zeigen lassen</translation>
    </message>
    <message>
        <source>Making %1 &quot;%2&quot; read %3 instead of %4</source>
        <translation>%1 „%2“ %3 statt %4 lesen lassen</translation>
    </message>
    <message>
        <source>Adding label &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Label „%1“ zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Removing label &quot;%1&quot; from &quot;%2&quot;</source>
        <translation>Label „%1“ aus „%2“ entfernen</translation>
    </message>
    <message>
        <source>Renaming label &quot;%1&quot; of &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Label „%1“ von „%2“ in „%3“ umbenennen</translation>
    </message>
    <message>
        <source>Recolouring label &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>Farbe von Label „%1“ von „%2“ ändern</translation>
    </message>
    <message>
        <source>%1 affects %2 and %3</source>
        <translation>%1 betrifft %2 und %3</translation>
    </message>
    <message>
        <source>%1 affects %2</source>
        <translation>%1 betrifft %2</translation>
    </message>
    <message>
        <source>%1 affects no annotations</source>
        <translation>%1 betrifft keine Annotationen</translation>
    </message>
</context>
<context>
    <name>lsdesk::ImportDialog</name>
    <message>
        <source>Import tasks</source>
        <translation>Aufgaben importieren</translation>
    </message>
    <message>
        <source>Import tasks from files</source>
        <translation>Aufgaben aus Dateien importieren</translation>
    </message>
    <message>
        <source>Task files (*.json *.jsonl *.ndjson *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Aufgabendateien (*.json *.jsonl *.ndjson *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON, JSON lines, CSV, TSV or text files (one task per line), single media files, or lists of URLs. Each file is checked before anything is sent.</source>
        <translation>JSON-, JSON-Lines-, CSV-, TSV- oder Textdateien (eine Aufgabe pro Zeile), einzelne Mediendateien oder URL-Listen. Jede Datei wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;URLs…</source>
        <translation>&amp;URLs hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Preview of the first tasks</source>
        <translation>Vorschau der ersten Aufgaben</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Larger files are split at task boundaries. A server or proxy that refuses a request as too large makes the import halve it and try again.</source>
        <translation>Größere Dateien werden an Aufgabengrenzen geteilt. Lehnt ein Server oder Proxy eine Anfrage als zu groß ab, halbiert der Import sie und versucht es erneut.</translation>
    </message>
    <message>
        <source>Largest &amp;request:</source>
        <translation>Größte An&amp;frage:</translation>
    </message>
    <message>
        <source>&amp;Tasks per request:</source>
        <translation>&amp;Aufgaben pro Anfrage:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Columns (or keys) that hold predictions in the config&apos;s result format, separated by commas: the server turns them into predictions instead of task data.</source>
        <translation>Spalten (oder Schlüssel), die Vorhersagen im Ergebnisformat der Konfiguration enthalten, durch Kommas getrennt: der Server macht daraus Vorhersagen statt Aufgabendaten.</translation>
    </message>
    <message>
        <source>&amp;Prediction columns:</source>
        <translation>&amp;Vorhersage-Spalten:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Could not read the project&apos;s labeling config (%1); the data keys are not checked.</source>
        <translation>Die Label-Konfiguration des Projekts konnte nicht gelesen werden (%1); die Datenschlüssel werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Import tasks into “%1”</source>
        <translation>Aufgaben in „%1“ importieren</translation>
    </message>
    <message>
        <source>The project&apos;s labeling config does not parse; the data keys are not checked.</source>
        <translation>Die Label-Konfiguration des Projekts lässt sich nicht lesen; die Datenschlüssel werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Add URLs</source>
        <translation>URLs hinzufügen</translation>
    </message>
    <message>
        <source>One URL per line</source>
        <translation>Eine URL pro Zeile</translation>
    </message>
    <message>
        <source>URLs, one per line</source>
        <translation>URLs, eine pro Zeile</translation>
    </message>
    <message>
        <source>Make a task of each URL (the files stay where they are)</source>
        <translation>Aus jeder URL eine Aufgabe machen (die Dateien bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>Let the server download each URL and import it like a file</source>
        <translation>Den Server jede URL herunterladen und wie eine Datei importieren lassen</translation>
    </message>
    <message>
        <source>Reading the project&apos;s labeling config…</source>
        <translation>Die Label-Konfiguration des Projekts wird gelesen…</translation>
    </message>
    <message>
        <source>The config reads: %1.</source>
        <translation>Die Konfiguration liest: %1.</translation>
    </message>
    <message>
        <source>no task data</source>
        <translation>keine Aufgabendaten</translation>
    </message>
    <message>
        <source>No task provides %1: those tasks would show nothing in the labeling interface.</source>
        <translation>Keine Aufgabe liefert %1: diese Aufgaben würden in der Beschriftungsoberfläche nichts anzeigen.</translation>
    </message>
    <message>
        <source>Every variable is provided.</source>
        <translation>Jede Variable wird geliefert.</translation>
    </message>
    <message>
        <source>Keys no tag reads (kept in the task data): %1.</source>
        <translation>Schlüssel, die kein Tag liest (bleiben in den Aufgabendaten): %1.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>A file has a problem (see its Status): fix or remove it. Nothing is sent while one of them does not parse.</source>
        <translation>Eine Datei hat ein Problem (siehe ihren Status): beheben oder entfernen Sie sie. Solange eine davon nicht gelesen werden kann, wird nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) ready to import.</source>
        <translation>
            <numerusform>%n Aufgabe bereit zum Import.</numerusform>
            <numerusform>%n Aufgaben bereit zum Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>No task provides %1, which the labeling config reads.</source>
        <translation>Keine Aufgabe liefert %1, das die Label-Konfiguration liest.</translation>
    </message>
    <message>
        <source>Import anyway?</source>
        <translation>Trotzdem importieren?</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Preparing the first request…</source>
        <translation>Die erste Anfrage wird vorbereitet…</translation>
    </message>
    <message>
        <source>Request %1 of %2: %3 of %4 sent.</source>
        <translation>Anfrage %1 von %2: %3 von %4 gesendet.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 task(s), %2 annotation(s) and %3 prediction(s) in %n request(s).</source>
        <translation>
            <numerusform>%1 Aufgabe(n), %2 Annotation(en) und %3 Vorhersage(n) in %n Anfrage importiert.</numerusform>
            <numerusform>%1 Aufgabe(n), %2 Annotation(en) und %3 Vorhersage(n) in %n Anfragen importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lsdesk::ImportPreviewModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>The config reads $%1, but no previewed task has it.</source>
        <translation>Die Konfiguration liest $%1, aber keine Aufgabe in der Vorschau hat es.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
</context>
<context>
    <name>lsdesk::ImportSourcesModel</name>
    <message numerus="yes">
        <source>%n URL(s)</source>
        <translation>
            <numerusform>%n URL</numerusform>
            <numerusform>%n URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lsdesk::IntEditor</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>lsdesk::JsonReader</name>
    <message>
        <source>Extra data</source>
        <translation>Zusätzliche Daten</translation>
    </message>
    <message>
        <source>Invalid JSON at character %1: %2</source>
        <translation>Ungültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Nested too deeply</source>
        <translation>Zu tief verschachtelt</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>Exceeds the limit (4300 digits) for integer string conversion</source>
        <translation>Überschreitet die Grenze (4300 Ziffern) für die Umwandlung einer Zeichenkette in eine ganze Zahl</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>Nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>Invalid control character</source>
        <translation>Ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>Ungültiges \escape</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>Ungültiges \uXXXX-Escape</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Eigenschaftsname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Trennzeichen &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Trennzeichen &apos;,&apos; erwartet</translation>
    </message>
</context>
<context>
    <name>lsdesk::LabelListEditor</name>
    <message>
        <source>Hot&amp;key:</source>
        <translation>Tasten&amp;kürzel:</translation>
    </message>
    <message>
        <source>Add labels, &amp;one per line:</source>
        <translation>Labels hinzufügen, &amp;eines pro Zeile:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>e.g. 1, ctrl+b</source>
        <translation>z. B. 1, ctrl+b</translation>
    </message>
    <message>
        <source>Car
Person
Bike</source>
        <translation>Auto
Person
Fahrrad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach unte&amp;n</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Select a control to edit its labels.</source>
        <translation>Wählen Sie ein Steuerelement, um seine Labels zu bearbeiten.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no labels. Choices, Taxonomy, Relations and the *Labels controls have.</source>
        <translation>&lt;%1&gt; hat keine Labels. Choices, Taxonomy, Relations und die *Labels-Steuerelemente haben welche.</translation>
    </message>
    <message>
        <source>Read-only while the XML is not well-formed: fix it in the XML view.</source>
        <translation>Schreibgeschützt, solange das XML nicht wohlgeformt ist: beheben Sie es in der XML-Ansicht.</translation>
    </message>
    <message>
        <source>More labels come from the task data field %1.</source>
        <translation>Weitere Labels kommen aus dem Aufgabendatenfeld %1.</translation>
    </message>
    <message>
        <source>Nothing to add: type or paste one label per line.</source>
        <translation>Nichts hinzuzufügen: tippen oder fügen Sie ein Label pro Zeile ein.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n label(s)</source>
        <translation>
            <numerusform>%n Label hinzugefügt</numerusform>
            <numerusform>%n Labels hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skipped %n duplicate(s)</source>
        <translation>
            <numerusform>, %n Duplikat übersprungen</numerusform>
            <numerusform>, %n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Move labels up</source>
        <translation>Labels nach oben verschieben</translation>
    </message>
    <message>
        <source>Move labels down</source>
        <translation>Labels nach unten verschieben</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Label-Farbe</translation>
    </message>
</context>
<context>
    <name>lsdesk::LabelListModel</name>
    <message>
        <source>Alias: %1</source>
        <translation>Alias: %1</translation>
    </message>
    <message>
        <source>Hotkey: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>A label needs a value.</source>
        <translation>Ein Label braucht einen Wert.</translation>
    </message>
    <message>
        <source>There is a label “%1” already.</source>
        <translation>Es gibt bereits ein Label „%1“.</translation>
    </message>
    <message>
        <source>Add label %1</source>
        <translation>Label %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n label(s)</source>
        <translation>
            <numerusform>%n Label hinzufügen</numerusform>
            <numerusform>%n Labels hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label %1</source>
        <translation>Label %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n label(s)</source>
        <translation>
            <numerusform>%n Label entfernen</numerusform>
            <numerusform>%n Labels entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move label %1</source>
        <translation>Label %1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n label(s)</source>
        <translation>
            <numerusform>%n Label verschieben</numerusform>
            <numerusform>%n Labels verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder labels</source>
        <translation>Labels neu ordnen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
</context>
<context>
    <name>lsdesk::LineEditor</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Another element is also named “%1”: names must be unique.</source>
        <translation>Ein anderes Element heißt ebenfalls „%1“: Namen müssen eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>lsdesk::LogDialog</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>Protokollmeldungen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>%1 — not readable: %2</source>
        <translation>%1 — nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 — the last %2 KiB of %3 KiB</source>
        <translation>%1 — die letzten %2 KiB von %3 KiB</translation>
    </message>
</context>
<context>
    <name>lsdesk::MainWindow</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Label Studio Desktop</source>
        <translation>Label Studio Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>Verbindungsaufbau abbrechen</translation>
    </message>
    <message>
        <source>Connect to a server to see annotations.</source>
        <translation>Verbinden Sie sich mit einem Server, um Annotationen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Switch &amp;profile</source>
        <translation>&amp;Profil wechseln</translation>
    </message>
    <message>
        <source>Access &amp;tokens…</source>
        <translation>Zugriffs&amp;tokens…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Edit &amp;label config…</source>
        <translation>&amp;Label-Konfiguration bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Go to &amp;Projects</source>
        <translation>Zu &amp;Projekten</translation>
    </message>
    <message>
        <source>Go to &amp;Tasks</source>
        <translation>Zu &amp;Aufgaben</translation>
    </message>
    <message>
        <source>Go to &amp;Annotations</source>
        <translation>Zu Ann&amp;otationen</translation>
    </message>
    <message>
        <source>Go to A&amp;greement</source>
        <translation>Zu Über&amp;einstimmung</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next task</source>
        <translation>&amp;Nächste Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Previous task</source>
        <translation>&amp;Vorherige Aufgabe</translation>
    </message>
    <message>
        <source>Open in the &amp;web UI</source>
        <translation>In der &amp;Weboberfläche öffnen</translation>
    </message>
    <message>
        <source>%1 — Label Studio Desktop</source>
        <translation>%1 — Label Studio Desktop</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Still connected to %1</source>
        <translation>Weiterhin verbunden mit %1</translation>
    </message>
    <message>
        <source>Connecting cancelled.</source>
        <translation>Verbindungsaufbau abgebrochen.</translation>
    </message>
    <message>
        <source>Label Studio %1 — %2 edition — %3 — %4</source>
        <translation>Label Studio %1 — Edition %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Reading the key of %1 from the keychain…</source>
        <translation>Der Schlüssel von %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>Keine gespeicherten Profile</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profiles are not available in this window: connect with LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY.</source>
        <translation>Profile sind in diesem Fenster nicht verfügbar: verbinden Sie sich mit LABEL_STUDIO_URL und LABEL_STUDIO_API_KEY.</translation>
    </message>
    <message>
        <source>Not connected: connect to a server first (File › Connect…).</source>
        <translation>Nicht verbunden: verbinden Sie sich zuerst mit einem Server (Datei › Verbinden…).</translation>
    </message>
    <message>
        <source>Connect to a server to manage its access tokens.</source>
        <translation>Verbinden Sie sich mit einem Server, um seine Zugriffstokens zu verwalten.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Label Studio Desktop</source>
        <translation>Ü&amp;ber Label Studio Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Product reviews</source>
        <translation>Produktbewertungen</translation>
    </message>
    <message>
        <source>Sentiment of customer reviews, three annotators per review.</source>
        <translation>Stimmung von Kundenbewertungen, drei Annotatoren pro Bewertung.</translation>
    </message>
</context>
<context>
    <name>lsdesk::MediaCache</name>
    <message>
        <source>&quot;%1&quot; is not an address lsdesk can fetch.</source>
        <translation>„%1“ ist keine Adresse, die lsdesk abrufen kann.</translation>
    </message>
    <message>
        <source>The data: URL in this task is malformed.</source>
        <translation>Die data:-URL in dieser Aufgabe ist fehlerhaft.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; open it in the browser instead.</source>
        <translation>%1 ist größer als %2 MB; öffnen Sie es stattdessen im Browser.</translation>
    </message>
</context>
<context>
    <name>lsdesk::NewProjectDialog</name>
    <message>
        <source>&amp;Edit in the config editor…</source>
        <translation>Im &amp;Konfigurationseditor bearbeiten…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Projekttitel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Project description</source>
        <translation>Projektbeschreibung</translation>
    </message>
    <message>
        <source>Label config source</source>
        <translation>Quelle der Label-Konfiguration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Reading the server&apos;s templates…</source>
        <translation>Die Vorlagen des Servers werden gelesen…</translation>
    </message>
    <message>
        <source>This server has no template gallery.</source>
        <translation>Dieser Server hat keine Vorlagengalerie.</translation>
    </message>
    <message>
        <source>The server&apos;s templates could not be read: %1</source>
        <translation>Die Vorlagen des Servers konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) from the server&apos;s gallery added.</source>
        <translation>
            <numerusform>%n Vorlage aus der Galerie des Servers hinzugefügt.</numerusform>
            <numerusform>%n Vorlagen aus der Galerie des Servers hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Config: edited in the config editor.</source>
        <translation>Konfiguration: im Konfigurationseditor bearbeitet.</translation>
    </message>
    <message>
        <source>Config: the template &quot;%1&quot;.</source>
        <translation>Konfiguration: die Vorlage „%1“.</translation>
    </message>
    <message>
        <source>Enter a title first</source>
        <translation>Geben Sie zuerst einen Titel ein</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Creating the project…</source>
        <translation>Das Projekt wird erstellt…</translation>
    </message>
    <message>
        <source>Stopped. If the request had reached the server, the project may exist anyway: check the project list before creating it again.</source>
        <translation>Gestoppt. Falls die Anfrage den Server erreicht hatte, existiert das Projekt möglicherweise trotzdem: prüfen Sie die Projektliste, bevor Sie es erneut erstellen.</translation>
    </message>
    <message>
        <source>The server did not create the project.</source>
        <translation>Der Server hat das Projekt nicht erstellt.</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; created.</source>
        <translation>Projekt „%1“ erstellt.</translation>
    </message>
</context>
<context>
    <name>lsdesk::PairTasksModel</name>
    <message>
        <source>%1% on this task</source>
        <translation>%1 % bei dieser Aufgabe</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>lsdesk::PreferencesDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitüberschreitung für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Tasks per page</source>
        <translation>Aufgaben pro Seite</translation>
    </message>
    <message>
        <source>From the environment (HTTPS_PROXY, NO_PROXY) or the system</source>
        <translation>Aus der Umgebung (HTTPS_PROXY, NO_PROXY) oder dem System</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>proxy.example.com:3128</source>
        <translation>proxy.example.com:3128</translation>
    </message>
    <message>
        <source>Manual proxy address</source>
        <translation>Manuelle Proxy-Adresse</translation>
    </message>
    <message>
        <source>PEM file with your organisation&apos;s certificate authority</source>
        <translation>PEM-Datei mit der Zertifizierungsstelle Ihrer Organisation</translation>
    </message>
    <message>
        <source>Extra CA bundle</source>
        <translation>Zusätzliches CA-Bundle</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Zeitüberschreitung für &amp;Anfragen:</translation>
    </message>
    <message>
        <source>Tasks per &amp;page:</source>
        <translation>Aufgaben pro &amp;Seite:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy &amp;address:</source>
        <translation>Proxy-A&amp;dresse:</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>Zusätzliches &amp;CA-Bundle:</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>CA-Bundle wählen</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>&amp;Protokolldatei:</translation>
    </message>
    <message>
        <source>Choose the log file</source>
        <translation>Protokolldatei wählen</translation>
    </message>
    <message>
        <source>Timeout, proxy and CA bundle apply to the next connection; the log file to the next start.</source>
        <translation>Zeitüberschreitung, Proxy und CA-Bundle gelten für die nächste Verbindung; die Protokolldatei für den nächsten Start.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written: %2 is not a writable folder.</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2 ist kein beschreibbarer Ordner.</translation>
    </message>
</context>
<context>
    <name>lsdesk::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Label config</source>
        <translation>Label-Konfiguration</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>lsdesk::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems status</source>
        <translation>Problemstatus</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>checking with the server…</source>
        <translation>wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <source>%1; checking with the server…</source>
        <translation>%1; wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
</context>
<context>
    <name>lsdesk::ProjectSettings</name>
    <message>
        <source>Sequential: in the Data Manager&apos;s order</source>
        <translation>Sequenziell: in der Reihenfolge des Datenmanagers</translation>
    </message>
    <message>
        <source>Random: tasks are chosen at random</source>
        <translation>Zufällig: Aufgaben werden zufällig gewählt</translation>
    </message>
    <message>
        <source>Uncertainty: by the model&apos;s uncertainty scores (active learning)</source>
        <translation>Unsicherheit: nach den Unsicherheitswerten des Modells (Active Learning)</translation>
    </message>
    <message>
        <source>Requeue for others: another annotator gets the task</source>
        <translation>Für andere neu einreihen: ein anderer Annotator erhält die Aufgabe</translation>
    </message>
    <message>
        <source>Requeue for me: back to the end of my own queue</source>
        <translation>Für mich neu einreihen: zurück ans Ende meiner eigenen Warteschlange</translation>
    </message>
    <message>
        <source>Ignore skipped: a skip completes the task</source>
        <translation>Übersprungene ignorieren: Überspringen schließt die Aufgabe ab</translation>
    </message>
</context>
<context>
    <name>lsdesk::ProjectSettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>An&amp;leitung</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>A&amp;nnotation</translation>
    </message>
    <message>
        <source>Sa&amp;mpling</source>
        <translation>S&amp;tichproben</translation>
    </message>
    <message>
        <source>Machine &amp;learning</source>
        <translation>&amp;Maschinelles Lernen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Instructions for annotators, in HTML</source>
        <translation>Anleitung für Annotatoren, in HTML</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Show the instructions before labeling</source>
        <translation>Anleitung vor dem Beschriften an&amp;zeigen</translation>
    </message>
    <message>
        <source>Annotators see the instructions before they start</source>
        <translation>Annotatoren sehen die Anleitung, bevor sie beginnen</translation>
    </message>
    <message>
        <source>Show the S&amp;kip button</source>
        <translation>Schaltfläche „Über&amp;springen“ anzeigen</translation>
    </message>
    <message>
        <source>Annotators may skip a task</source>
        <translation>Annotatoren dürfen eine Aufgabe überspringen</translation>
    </message>
    <message>
        <source>Allow &amp;empty annotations</source>
        <translation>L&amp;eere Annotationen erlauben</translation>
    </message>
    <message>
        <source>Annotators may submit an annotation with no result</source>
        <translation>Annotatoren dürfen eine Annotation ohne Ergebnis abschicken</translation>
    </message>
    <message>
        <source>Show annotation &amp;history</source>
        <translation>Annotations&amp;verlauf anzeigen</translation>
    </message>
    <message>
        <source>Annotators see the history of an annotation</source>
        <translation>Annotatoren sehen den Verlauf einer Annotation</translation>
    </message>
    <message>
        <source>A task with this many annotations is finished</source>
        <translation>Eine Aufgabe mit so vielen Annotationen ist abgeschlossen</translation>
    </message>
    <message>
        <source>Annotations &amp;per task:</source>
        <translation>Annotationen &amp;pro Aufgabe:</translation>
    </message>
    <message>
        <source>Show ground truth tasks &amp;first</source>
        <translation>Ground-Truth-Aufgaben &amp;zuerst zeigen</translation>
    </message>
    <message>
        <source>Onboarding: annotators get ground truth tasks first</source>
        <translation>Onboarding: Annotatoren erhalten zuerst Ground-Truth-Aufgaben</translation>
    </message>
    <message>
        <source>Show &amp;overlapping tasks first</source>
        <translation>&amp;Überlappende Aufgaben zuerst zeigen</translation>
    </message>
    <message>
        <source>Tasks meant for several annotators come first in the queue</source>
        <translation>Aufgaben für mehrere Annotatoren stehen vorn in der Warteschlange</translation>
    </message>
    <message>
        <source>O&amp;verlap cohort:</source>
        <translation>Überlappungs-&amp;Kohorte:</translation>
    </message>
    <message>
        <source>&amp;Task order:</source>
        <translation>Aufgaben&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Skipped tasks:</source>
        <translation>Über&amp;sprungene Aufgaben:</translation>
    </message>
    <message>
        <source>The predictions&apos; model version or a connected model&apos;s title; empty for none</source>
        <translation>Die Modellversion der Vorhersagen oder der Titel eines verbundenen Modells; leer für keine</translation>
    </message>
    <message>
        <source>Model &amp;version:</source>
        <translation>Modell&amp;version:</translation>
    </message>
    <message>
        <source>Show &amp;predictions to annotators</source>
        <translation>Annotatoren Vorhersagen &amp;zeigen</translation>
    </message>
    <message>
        <source>Annotators see the model&apos;s predictions</source>
        <translation>Annotatoren sehen die Vorhersagen des Modells</translation>
    </message>
    <message>
        <source>&amp;Reveal pre-annotations interactively</source>
        <translation>Vorannotationen &amp;interaktiv einblenden</translation>
    </message>
    <message>
        <source>Pre-annotated regions appear one by one as the annotator works</source>
        <translation>Vorannotierte Regionen erscheinen nacheinander, während der Annotator arbeitet</translation>
    </message>
    <message>
        <source>Retrieve predictions &amp;when loading a task</source>
        <translation>Vorhersagen beim &amp;Laden einer Aufgabe abrufen</translation>
    </message>
    <message>
        <source>Asks the connected model for predictions each time a task is opened</source>
        <translation>Fragt das verbundene Modell jedes Mal nach Vorhersagen, wenn eine Aufgabe geöffnet wird</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Start training the model after this many completed tasks</source>
        <translation>Das Training des Modells nach so vielen abgeschlossenen Aufgaben starten</translation>
    </message>
    <message>
        <source>&amp;Train after:</source>
        <translation>&amp;Trainieren nach:</translation>
    </message>
    <message>
        <source>Loading the project…</source>
        <translation>Das Projekt wird geladen…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Could not load the project: %1</source>
        <translation>Das Projekt konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Project settings – %1</source>
        <translation>Projekteinstellungen – %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The server refused the settings: %1</source>
        <translation>Der Server hat die Einstellungen abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused some settings; see the marked fields.</source>
        <translation>Der Server hat einige Einstellungen abgelehnt; siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>Project colour</source>
        <translation>Projektfarbe</translation>
    </message>
</context>
<context>
    <name>lsdesk::ProjectsModel</name>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>lsdesk::ProjectsPane</name>
    <message>
        <source>Filter projects by title (Ctrl+F)</source>
        <translation>Projekte nach Titel filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Projekte filtern</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Projects status</source>
        <translation>Projektstatus</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Edit &amp;label config…</source>
        <translation>&amp;Label-Konfiguration bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation>Projekteinstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Cloud storage…</source>
        <translation>&amp;Cloud-Speicher…</translation>
    </message>
    <message>
        <source>Could not load the projects: %1</source>
        <translation>Die Projekte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Loading projects… %n so far</source>
        <translation>
            <numerusform>Projekte werden geladen… bisher %n</numerusform>
            <numerusform>Projekte werden geladen… bisher %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) loaded; loading stopped on an error (F5 reloads).</source>
        <translation>
            <numerusform>%n Projekt geladen; das Laden wurde wegen eines Fehlers angehalten (F5 lädt neu).</numerusform>
            <numerusform>%n Projekte geladen; das Laden wurde wegen eines Fehlers angehalten (F5 lädt neu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Projekttitel</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Title of the new project:</source>
        <translation>Titel des neuen Projekts:</translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation>Das Projekt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>New title of “%1”:</source>
        <translation>Neuer Titel von „%1“:</translation>
    </message>
    <message>
        <source>Could not rename the project: %1</source>
        <translation>Das Projekt konnte nicht umbenannt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>its %n task(s) and their annotations</source>
        <translation>
            <numerusform>seiner %n Aufgabe und deren Annotationen</numerusform>
            <numerusform>seinen %n Aufgaben und deren Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>all its tasks and annotations</source>
        <translation>allen seinen Aufgaben und Annotationen</translation>
    </message>
    <message>
        <source>Delete the project “%1” with %2? This cannot be undone.</source>
        <translation>Das Projekt „%1“ mit %2 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not delete the project: %1</source>
        <translation>Das Projekt konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>lsdesk::PropertyPanel</name>
    <message>
        <source>Control</source>
        <translation>Steuerelement</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Layout or visual element</source>
        <translation>Layout- oder visuelles Element</translation>
    </message>
    <message>
        <source>O&amp;ther attributes:</source>
        <translation>&amp;Weitere Attribute:</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No element selected</source>
        <translation>Kein Element ausgewählt</translation>
    </message>
    <message>
        <source>The config does not parse: fix it in the XML view.</source>
        <translation>Die Konfiguration lässt sich nicht lesen: beheben Sie sie in der XML-Ansicht.</translation>
    </message>
    <message>
        <source>Select an element to edit its properties.</source>
        <translation>Wählen Sie ein Element, um seine Eigenschaften zu bearbeiten.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; — %2</source>
        <translation>&lt;%1&gt; — %2</translation>
    </message>
    <message>
        <source>Read-only: the XML is not well-formed (%1). Fix it in the XML view.</source>
        <translation>Schreibgeschützt: das XML ist nicht wohlgeformt (%1). Beheben Sie es in der XML-Ansicht.</translation>
    </message>
    <message>
        <source>“%1” is not a value this field can show: edit it under Other attributes.</source>
        <translation>„%1“ ist kein Wert, den dieses Feld anzeigen kann: bearbeiten Sie ihn unter „Weitere Attribute“.</translation>
    </message>
    <message>
        <source>“%1” is required: it cannot be empty.</source>
        <translation>„%1“ ist erforderlich: es darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove attributes</source>
        <translation>Attribute entfernen</translation>
    </message>
    <message>
        <source>“%1” is not a valid attribute name.</source>
        <translation>„%1“ ist kein gültiger Attributname.</translation>
    </message>
    <message>
        <source>The element already has an attribute “%1”.</source>
        <translation>Das Element hat bereits ein Attribut „%1“.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>lsdesk::PyValue</name>
    <message>
        <source>Invalid JSON: unexpected UTF-8 BOM</source>
        <translation>Ungültiges JSON: unerwartete UTF-8-BOM</translation>
    </message>
    <message>
        <source>Invalid JSON: the text is not UTF-8</source>
        <translation>Ungültiges JSON: der Text ist kein UTF-8</translation>
    </message>
</context>
<context>
    <name>lsdesk::RegionCanvas</name>
    <message>
        <source>Regions of both annotations</source>
        <translation>Regionen beider Annotationen</translation>
    </message>
</context>
<context>
    <name>lsdesk::ServerAgreement</name>
    <message>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>no &quot;IAA&quot; matrix in the reply</source>
        <translation>keine „IAA“-Matrix in der Antwort</translation>
    </message>
</context>
<context>
    <name>lsdesk::SnapshotExportJob</name>
    <message>
        <source>The server has been preparing snapshot %1 for %2 minutes; it is still there - try again later.</source>
        <translation>Der Server bereitet Snapshot %1 seit %2 Minuten vor; er ist noch vorhanden – versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server could not build snapshot %1.</source>
        <translation>Der Server konnte Snapshot %1 nicht erstellen.</translation>
    </message>
    <message>
        <source>The server could not convert the snapshot to %1: %2</source>
        <translation>Der Server konnte den Snapshot nicht in %1 umwandeln: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lsdesk::SpecReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be %1, not %2.</source>
        <translation>muss %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>the key %1 appears twice.</source>
        <translation>der Schlüssel %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>unknown key %1 (expected one of: %2).</source>
        <translation>unbekannter Schlüssel %1 (erwartet einer von: %2).</translation>
    </message>
    <message>
        <source>must be a [&quot;name&quot;, value] pair.</source>
        <translation>muss ein Paar [&quot;name&quot;, value] sein.</translation>
    </message>
    <message>
        <source>the attribute %1 appears twice.</source>
        <translation>das Attribut %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>must be an object or an array of [&quot;name&quot;, value] pairs, not %1.</source>
        <translation>muss ein Objekt oder ein Array von Paaren [&quot;name&quot;, value] sein, nicht %1.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a child is a string, {&quot;tag&quot;: ...} or {&quot;setAttrs&quot;: {...}}, not an array.</source>
        <translation>ein Kind ist eine Zeichenkette, {&quot;tag&quot;: ...} oder {&quot;setAttrs&quot;: {...}}, kein Array.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a child object needs &quot;tag&quot; (or is {&quot;setAttrs&quot;: {...}}).</source>
        <translation>ein Kind-Objekt braucht „tag“ (oder ist {&quot;setAttrs&quot;: {...}}).</translation>
    </message>
    <message>
        <source>must be an array (or a string, iterated per character), not %1.</source>
        <translation>muss ein Array sein (oder eine Zeichenkette, zeichenweise durchlaufen), nicht %1.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>must be &quot;control&quot; or &quot;object&quot;.</source>
        <translation>muss „control“ oder „object“ sein.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <source>an array of strings or null</source>
        <translation>ein Array von Zeichenketten oder null</translation>
    </message>
    <message>
        <source>must be an array of strings.</source>
        <translation>muss ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>the string form has no &quot;attrs&quot; or &quot;children&quot;.</source>
        <translation>die Zeichenkettenform hat kein „attrs“ oder „children“.</translation>
    </message>
    <message>
        <source>the pair form has no &quot;children&quot;.</source>
        <translation>die Paarform hat kein „children“.</translation>
    </message>
    <message>
        <source>must be &quot;string&quot;, &quot;pair&quot; or &quot;triple&quot;.</source>
        <translation>muss „string“, „pair“ oder „triple“ sein.</translation>
    </message>
    <message>
        <source>&quot;name&quot; (the key of create()&apos;s tags dict) is required.</source>
        <translation>„name“ (der Schlüssel im tags-Dict von create()) ist erforderlich.</translation>
    </message>
    <message>
        <source>give only one of &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>geben Sie nur eines von „%1“ und „%2“ an.</translation>
    </message>
    <message>
        <source>needs one of &quot;tag&quot;, &quot;choices&quot;, &quot;labels&quot;, &quot;taxonomy&quot; or &quot;instance&quot;.</source>
        <translation>braucht eines von „tag“, „choices“, „labels“, „taxonomy“ oder „instance“.</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>ein Objekt oder null</translation>
    </message>
</context>
<context>
    <name>lsdesk::StatsApi</name>
    <message>
        <source>This server has no agreement endpoint (Label Studio Community): agreement is computed locally.</source>
        <translation>Dieser Server hat keinen Übereinstimmungs-Endpunkt (Label Studio Community): die Übereinstimmung wird lokal berechnet.</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>lsdesk::StorageFormDialog</name>
    <message>
        <source>Add Cloud Storage</source>
        <translation>Cloud-Speicher hinzufügen</translation>
    </message>
    <message>
        <source>Edit Cloud Storage</source>
        <translation>Cloud-Speicher bearbeiten</translation>
    </message>
    <message>
        <source>Source: import tasks</source>
        <translation>Quelle: Aufgaben importieren</translation>
    </message>
    <message>
        <source>Target: export annotations</source>
        <translation>Ziel: Annotationen exportieren</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Save and c&amp;heck</source>
        <translation>Speichern und &amp;prüfen</translation>
    </message>
    <message>
        <source>Label Studio saves the changes of an existing storage while it checks them.</source>
        <translation>Label Studio speichert die Änderungen eines vorhandenen Speichers, während es sie prüft.</translation>
    </message>
    <message>
        <source>Saving and checking the connection…</source>
        <translation>Speichern und Verbindung prüfen…</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Saved. The server can reach this storage.</source>
        <translation>Gespeichert. Der Server kann diesen Speicher erreichen.</translation>
    </message>
    <message>
        <source>The server can reach this storage.</source>
        <translation>Der Server kann diesen Speicher erreichen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>lsdesk::StorageSync</name>
    <message>
        <source>Stopped following the sync: the connection was closed; the server goes on with it.</source>
        <translation>Die Synchronisierung wird nicht mehr verfolgt: die Verbindung wurde geschlossen; der Server setzt sie fort.</translation>
    </message>
    <message>
        <source>Not connected: the sync was not started.</source>
        <translation>Nicht verbunden: die Synchronisierung wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Stopped following the sync; the server goes on with it.</source>
        <translation>Die Synchronisierung wird nicht mehr verfolgt; der Server setzt sie fort.</translation>
    </message>
    <message>
        <source>The storage was deleted on the server while it was syncing.</source>
        <translation>Der Speicher wurde auf dem Server gelöscht, während er synchronisiert wurde.</translation>
    </message>
</context>
<context>
    <name>lsdesk::StoragesDialog</name>
    <message>
        <source>Cloud Storage — %1</source>
        <translation>Cloud-Speicher — %1</translation>
    </message>
    <message>
        <source>Source storages import tasks into the project when synced; target storages receive its annotations.</source>
        <translation>Quell-Speicher importieren beim Synchronisieren Aufgaben in das Projekt; Ziel-Speicher erhalten seine Annotationen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>S&amp;top following</source>
        <translation>Verfolgen s&amp;toppen</translation>
    </message>
    <message>
        <source>Loading storages…</source>
        <translation>Speicher werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the storages: %1</source>
        <translation>Die Speicher konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n storage(s).</source>
        <translation>
            <numerusform>%n Speicher.</numerusform>
            <numerusform>%n Speicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1”. Sync it to bring its data in.</source>
        <translation>„%1“ gespeichert. Synchronisieren Sie ihn, um seine Daten zu übernehmen.</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>„%1“ wird geprüft…</translation>
    </message>
    <message>
        <source>The server cannot use “%1”.</source>
        <translation>Der Server kann „%1“ nicht verwenden.</translation>
    </message>
    <message>
        <source>The server can reach “%1”.</source>
        <translation>Der Server kann „%1“ erreichen.</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>„%1“ wird synchronisiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) so far…</source>
        <translation>
            <numerusform>%1: bisher %n Element…</numerusform>
            <numerusform>%1: bisher %n Elemente…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync could not run: %1</source>
        <translation>Die Synchronisierung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported</source>
        <translation>
            <numerusform>%n Annotation exportiert</numerusform>
            <numerusform>%n Annotationen exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) imported</source>
        <translation>
            <numerusform>%n Aufgabe importiert</numerusform>
            <numerusform>%n Aufgaben importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync failed. The server said:</source>
        <translation>Die Synchronisierung ist fehlgeschlagen. Der Server meldete:</translation>
    </message>
    <message>
        <source>Synced with errors: %1; some were refused:</source>
        <translation>Mit Fehlern synchronisiert: %1; einige wurden abgelehnt:</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synchronisiert: %1.</translation>
    </message>
    <message>
        <source>Delete Storage</source>
        <translation>Speicher löschen</translation>
    </message>
    <message>
        <source>Delete the storage “%1”? Tasks it already imported stay in the project; its files are not touched.</source>
        <translation>Den Speicher „%1“ löschen? Bereits importierte Aufgaben bleiben im Projekt; seine Dateien werden nicht angetastet.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Could not delete the storage: %1</source>
        <translation>Der Speicher konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
</context>
<context>
    <name>lsdesk::StoragesModel</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Synced with errors</source>
        <translation>Mit Fehlern synchronisiert</translation>
    </message>
    <message>
        <source>Storage %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>Target (export)</source>
        <translation>Ziel (Export)</translation>
    </message>
    <message>
        <source>Source (import)</source>
        <translation>Quelle (Import)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync count</source>
        <translation>Anzahl der letzten Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>lsdesk::T</name>
    <message>
        <source>Name %1 is not found, available names: %2</source>
        <translation>Name %1 wurde nicht gefunden, verfügbare Namen: %2</translation>
    </message>
    <message>
        <source>Multiple object tags connected, you should specify name</source>
        <translation>Mehrere Objekt-Tags verbunden, Sie sollten einen Namen angeben</translation>
    </message>
    <message>
        <source>The label config has no such tag.</source>
        <translation>Die Label-Konfiguration hat kein solches Tag.</translation>
    </message>
</context>
<context>
    <name>lsdesk::TagCatalog</name>
    <message>
        <source>An image from a URL in the task</source>
        <translation>Ein Bild aus einer URL in der Aufgabe</translation>
    </message>
    <message>
        <source>picture photo</source>
        <translation>Bild Foto picture photo</translation>
    </message>
    <message>
        <source>Plain text from the task</source>
        <translation>Reiner Text aus der Aufgabe</translation>
    </message>
    <message>
        <source>HTML markup from the task</source>
        <translation>HTML-Markup aus der Aufgabe</translation>
    </message>
    <message>
        <source>html web page</source>
        <translation>HTML Webseite html web page</translation>
    </message>
    <message>
        <source>An audio file with a waveform</source>
        <translation>Eine Audiodatei mit Wellenform</translation>
    </message>
    <message>
        <source>sound speech</source>
        <translation>Ton Sprache sound speech</translation>
    </message>
    <message>
        <source>A video file</source>
        <translation>Eine Videodatei</translation>
    </message>
    <message>
        <source>A list of paragraphs, e.g. the turns of a dialogue</source>
        <translation>Eine Liste von Absätzen, z. B. die Beiträge eines Dialogs</translation>
    </message>
    <message>
        <source>dialogue conversation chat</source>
        <translation>Dialog Gespräch Chat dialogue conversation chat</translation>
    </message>
    <message>
        <source>Time series from a CSV or JSON</source>
        <translation>Zeitreihe aus einer CSV- oder JSON-Datei</translation>
    </message>
    <message>
        <source>signal sensor</source>
        <translation>Signal Sensor signal sensor</translation>
    </message>
    <message>
        <source>A key-value table from the task</source>
        <translation>Eine Schlüssel-Wert-Tabelle aus der Aufgabe</translation>
    </message>
    <message>
        <source>A list of items to rank</source>
        <translation>Eine Liste von Elementen zum Ordnen</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>Rangfolge ranking</translation>
    </message>
    <message>
        <source>A chat conversation</source>
        <translation>Eine Chat-Unterhaltung</translation>
    </message>
    <message>
        <source>dialogue conversation llm</source>
        <translation>Dialog Gespräch LLM dialogue conversation llm</translation>
    </message>
    <message>
        <source>Classification: pick one or more choices</source>
        <translation>Klassifikation: eine oder mehrere Auswahlen treffen</translation>
    </message>
    <message>
        <source>classification checkbox radio</source>
        <translation>Klassifikation Kontrollkästchen Optionsfeld classification checkbox radio</translation>
    </message>
    <message>
        <source>Labels for spans of text or audio, and for region tools</source>
        <translation>Labels für Abschnitte von Text oder Audio und für Regionswerkzeuge</translation>
    </message>
    <message>
        <source>named entity ner span segment</source>
        <translation>Eigennamen NER Abschnitt Segment named entity ner span segment</translation>
    </message>
    <message>
        <source>Labelled bounding boxes on an image</source>
        <translation>Beschriftete Begrenzungsrahmen auf einem Bild</translation>
    </message>
    <message>
        <source>bounding box bbox object detection</source>
        <translation>Begrenzungsrahmen Objekterkennung bounding box bbox object detection</translation>
    </message>
    <message>
        <source>Labelled polygons on an image</source>
        <translation>Beschriftete Polygone auf einem Bild</translation>
    </message>
    <message>
        <source>segmentation outline</source>
        <translation>Segmentierung Umriss segmentation outline</translation>
    </message>
    <message>
        <source>Labelled points on an image</source>
        <translation>Beschriftete Punkte auf einem Bild</translation>
    </message>
    <message>
        <source>keypoint landmark pose</source>
        <translation>Schlüsselpunkt Landmarke Pose keypoint landmark pose</translation>
    </message>
    <message>
        <source>Labelled masks painted on an image</source>
        <translation>Beschriftete Masken, auf ein Bild gemalt</translation>
    </message>
    <message>
        <source>mask segmentation semantic</source>
        <translation>Maske Segmentierung semantisch mask segmentation semantic</translation>
    </message>
    <message>
        <source>Labelled ellipses on an image</source>
        <translation>Beschriftete Ellipsen auf einem Bild</translation>
    </message>
    <message>
        <source>circle oval</source>
        <translation>Kreis Oval circle oval</translation>
    </message>
    <message>
        <source>Labels for spans of HTML</source>
        <translation>Labels für Abschnitte von HTML</translation>
    </message>
    <message>
        <source>named entity ner span html</source>
        <translation>Eigennamen NER Abschnitt HTML named entity ner span html</translation>
    </message>
    <message>
        <source>Labels for spans of paragraphs</source>
        <translation>Labels für Abschnitte von Absätzen</translation>
    </message>
    <message>
        <source>dialogue span</source>
        <translation>Dialog Abschnitt dialogue span</translation>
    </message>
    <message>
        <source>Labelled ranges of a time series</source>
        <translation>Beschriftete Bereiche einer Zeitreihe</translation>
    </message>
    <message>
        <source>segment event signal</source>
        <translation>Segment Ereignis Signal segment event signal</translation>
    </message>
    <message>
        <source>Labelled time ranges of a video</source>
        <translation>Beschriftete Zeitbereiche eines Videos</translation>
    </message>
    <message>
        <source>video segment timeline</source>
        <translation>Video Segment Zeitleiste video segment timeline</translation>
    </message>
    <message>
        <source>Boxes tracked through a video</source>
        <translation>Durch ein Video verfolgte Rahmen</translation>
    </message>
    <message>
        <source>object tracking bounding box</source>
        <translation>Objektverfolgung Begrenzungsrahmen object tracking bounding box</translation>
    </message>
    <message>
        <source>Free text: transcription, answer, comment</source>
        <translation>Freitext: Transkription, Antwort, Kommentar</translation>
    </message>
    <message>
        <source>transcription caption input</source>
        <translation>Transkription Beschriftung Eingabe transcription caption input</translation>
    </message>
    <message>
        <source>A star rating</source>
        <translation>Eine Sternebewertung</translation>
    </message>
    <message>
        <source>score stars</source>
        <translation>Bewertung Sterne score stars</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>count score</source>
        <translation>Anzahl Wert count score</translation>
    </message>
    <message>
        <source>A date and/or time</source>
        <translation>Ein Datum und/oder eine Uhrzeit</translation>
    </message>
    <message>
        <source>date time</source>
        <translation>Datum Uhrzeit date time</translation>
    </message>
    <message>
        <source>Hierarchical classification</source>
        <translation>Hierarchische Klassifikation</translation>
    </message>
    <message>
        <source>tree hierarchy classification</source>
        <translation>Baum Hierarchie Klassifikation tree hierarchy classification</translation>
    </message>
    <message>
        <source>Pick the better of two objects</source>
        <translation>Das bessere von zwei Objekten wählen</translation>
    </message>
    <message>
        <source>comparison compare ranking</source>
        <translation>Vergleich vergleichen Rangfolge comparison compare ranking</translation>
    </message>
    <message>
        <source>Rank or sort the items of a List</source>
        <translation>Die Elemente einer List ordnen oder sortieren</translation>
    </message>
    <message>
        <source>ranking sort order</source>
        <translation>Rangfolge sortieren Reihenfolge ranking sort order</translation>
    </message>
    <message>
        <source>Types for the relations drawn between regions</source>
        <translation>Typen für die zwischen Regionen gezeichneten Relationen</translation>
    </message>
    <message>
        <source>relation extraction link</source>
        <translation>Relation Extraktion Verknüpfung relation extraction link</translation>
    </message>
    <message>
        <source>Boxes on an image (labels from a Labels control)</source>
        <translation>Rahmen auf einem Bild (Labels aus einem Labels-Steuerelement)</translation>
    </message>
    <message>
        <source>bounding box tool</source>
        <translation>Begrenzungsrahmen Werkzeug bounding box tool</translation>
    </message>
    <message>
        <source>Polygons on an image (labels from a Labels control)</source>
        <translation>Polygone auf einem Bild (Labels aus einem Labels-Steuerelement)</translation>
    </message>
    <message>
        <source>segmentation tool</source>
        <translation>Segmentierung Werkzeug segmentation tool</translation>
    </message>
    <message>
        <source>Points on an image (labels from a Labels control)</source>
        <translation>Punkte auf einem Bild (Labels aus einem Labels-Steuerelement)</translation>
    </message>
    <message>
        <source>landmark tool</source>
        <translation>Landmarke Werkzeug landmark tool</translation>
    </message>
    <message>
        <source>Ellipses on an image (labels from a Labels control)</source>
        <translation>Ellipsen auf einem Bild (Labels aus einem Labels-Steuerelement)</translation>
    </message>
    <message>
        <source>circle tool</source>
        <translation>Kreis Werkzeug circle tool</translation>
    </message>
    <message>
        <source>Masks on an image (labels from a Labels control)</source>
        <translation>Masken auf einem Bild (Labels aus einem Labels-Steuerelement)</translation>
    </message>
    <message>
        <source>mask tool</source>
        <translation>Maske Werkzeug mask tool</translation>
    </message>
    <message>
        <source>A container to group and style tags</source>
        <translation>Ein Container, um Tags zu gruppieren und zu gestalten</translation>
    </message>
    <message>
        <source>group container layout</source>
        <translation>Gruppe Container Layout group container layout</translation>
    </message>
    <message>
        <source>A heading or instruction text</source>
        <translation>Eine Überschrift oder ein Anleitungstext</translation>
    </message>
    <message>
        <source>title instruction</source>
        <translation>Titel Anleitung title instruction</translation>
    </message>
    <message>
        <source>A column of a time series to plot (inside TimeSeries)</source>
        <translation>Eine darzustellende Spalte einer Zeitreihe (innerhalb von TimeSeries)</translation>
    </message>
    <message>
        <source>time series column channel plot</source>
        <translation>Zeitreihe Spalte Kanal Diagramm time series column channel plot</translation>
    </message>
</context>
<context>
    <name>lsdesk::TagPalette</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Filter tags (Enter adds)</source>
        <translation>Tags filtern (Eingabe fügt hinzu)</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Add the highlighted tag to the config (Enter)</source>
        <translation>Das hervorgehobene Tag zur Konfiguration hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Tag palette status</source>
        <translation>Status der Tag-Palette</translation>
    </message>
    <message>
        <source>Adds &lt;%1&gt;</source>
        <translation>Fügt &lt;%1&gt; hinzu</translation>
    </message>
    <message>
        <source>Adds &lt;%1&gt; &quot;%2&quot;</source>
        <translation>Fügt &lt;%1&gt; „%2“ hinzu</translation>
    </message>
    <message>
        <source> - no object it can label yet: add one, then set toName</source>
        <translation> – noch kein Objekt, das es beschriften kann: fügen Sie eines hinzu und setzen Sie dann toName</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>No config is open.</source>
        <translation>Keine Konfiguration geöffnet.</translation>
    </message>
    <message>
        <source>The XML is not well-formed: fix it to add tags.</source>
        <translation>Das XML ist nicht wohlgeformt: beheben Sie es, um Tags hinzuzufügen.</translation>
    </message>
    <message>
        <source>No tag matches &quot;%1&quot;.</source>
        <translation>Kein Tag passt zu „%1“.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; goes inside &lt;%2&gt;: add one first.</source>
        <translation>&lt;%1&gt; gehört in &lt;%2&gt;: fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
        <source>Added &lt;%1&gt; &quot;%2&quot; without toName: there is no object it can label.</source>
        <translation>&lt;%1&gt; „%2“ ohne toName hinzugefügt: es gibt kein Objekt, das es beschriften kann.</translation>
    </message>
    <message>
        <source>Added &lt;%1&gt; &quot;%2&quot; for %3.</source>
        <translation>&lt;%1&gt; „%2“ für %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added &lt;%1&gt; &quot;%2&quot;.</source>
        <translation>&lt;%1&gt; „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Added &lt;%1&gt;.</source>
        <translation>&lt;%1&gt; hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>lsdesk::TaskDataDialog</name>
    <message>
        <source>Edit task %1</source>
        <translation>Aufgabe %1 bearbeiten</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Could not read the project: %1</source>
        <translation>Das Projekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read task %1: %2</source>
        <translation>Aufgabe %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Other data (JSON object)</source>
        <translation>Weitere Daten (JSON-Objekt)</translation>
    </message>
    <message>
        <source>&amp;Other data (JSON):</source>
        <translation>&amp;Weitere Daten (JSON):</translation>
    </message>
    <message>
        <source>The project&apos;s labeling config does not parse: enter all the data as JSON.</source>
        <translation>Die Label-Konfiguration des Projekts lässt sich nicht lesen: geben Sie alle Daten als JSON ein.</translation>
    </message>
    <message>
        <source>Other data is not valid JSON at character %1: %2. Nothing was saved.</source>
        <translation>Die weiteren Daten sind kein gültiges JSON bei Zeichen %1: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Other data must be a JSON object ({&quot;key&quot;: value}). Nothing was saved.</source>
        <translation>Die weiteren Daten müssen ein JSON-Objekt sein ({&quot;key&quot;: value}). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A task needs some data. Nothing was saved.</source>
        <translation>Eine Aufgabe braucht Daten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the task: %1</source>
        <translation>Der Server hat die Aufgabe abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>lsdesk::TaskFilterBar</name>
    <message>
        <source>Filter column</source>
        <translation>Filterspalte</translation>
    </message>
    <message>
        <source>Filter operator</source>
        <translation>Filteroperator</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>Filterwert</translation>
    </message>
    <message>
        <source>Filter upper value</source>
        <translation>Oberer Filterwert</translation>
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
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>1, 2, 3</source>
        <translation>1, 2, 3</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;Add filter</source>
        <translation>Filter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>Filter hinzufügen</translation>
    </message>
    <message>
        <source>Match all filters</source>
        <translation>Alle Filter erfüllen</translation>
    </message>
    <message>
        <source>Match any filter</source>
        <translation>Einen beliebigen Filter erfüllen</translation>
    </message>
    <message>
        <source>Filter conjunction</source>
        <translation>Filterverknüpfung</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>ist vor</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>ist nach</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>ist zwischen</translation>
    </message>
    <message>
        <source>is not between</source>
        <translation>ist nicht zwischen</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>matches regex</source>
        <translation>passt zu Regex</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
</context>
<context>
    <name>lsdesk::TaskPreview</name>
    <message>
        <source>No task selected.</source>
        <translation>Keine Aufgabe ausgewählt.</translation>
    </message>
    <message>
        <source>Task data</source>
        <translation>Aufgabendaten</translation>
    </message>
    <message numerus="yes">
        <source>
… (%n more character(s))</source>
        <translation>
            <numerusform>
… (%n weiteres Zeichen)</numerusform>
            <numerusform>
… (%n weitere Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(embedded data, %n character(s))</source>
        <translation>
            <numerusform>(eingebettete Daten, %n Zeichen)</numerusform>
            <numerusform>(eingebettete Daten, %n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <source>Images cannot be fetched here.</source>
        <translation>Bilder können hier nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>Cannot load the image: %1</source>
        <translation>Das Bild kann nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>lsdesk::TaskStream</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lsdesk::TasksEditing</name>
    <message>
        <source>&amp;Import tasks…</source>
        <translation>Aufgaben &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Edit task &amp;data…</source>
        <translation>Aufgaben&amp;daten bearbeiten…</translation>
    </message>
    <message>
        <source>Import tasks from JSON, CSV, TSV or text files, or from URLs (Ctrl+I)</source>
        <translation>Aufgaben aus JSON-, CSV-, TSV- oder Textdateien oder aus URLs importieren (Strg+I)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe importiert.</numerusform>
            <numerusform>%n Aufgaben importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 saved.</source>
        <translation>Aufgabe %1 gespeichert.</translation>
    </message>
    <message>
        <source>Task %1 created.</source>
        <translation>Aufgabe %1 erstellt.</translation>
    </message>
</context>
<context>
    <name>lsdesk::TasksModel</name>
    <message>
        <source>Task agreement computed locally by Label Studio Desktop (Agreement pane), not by the server: it cannot be sorted or filtered on</source>
        <translation>Aufgaben-Übereinstimmung lokal von Label Studio Desktop berechnet (Bereich Übereinstimmung), nicht vom Server: danach kann nicht sortiert oder gefiltert werden</translation>
    </message>
    <message>
        <source>No local agreement: fewer than two annotations were compared</source>
        <translation>Keine lokale Übereinstimmung: weniger als zwei Annotationen wurden verglichen</translation>
    </message>
    <message>
        <source>%1% (computed locally)</source>
        <translation>%1 % (lokal berechnet)</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Inner ID</source>
        <translation>Innere ID</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Annotated by</source>
        <translation>Annotiert von</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Agreement (local)</source>
        <translation>Übereinstimmung (lokal)</translation>
    </message>
</context>
<context>
    <name>lsdesk::TasksPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete Tasks…</source>
        <translation>Aufgaben &amp;löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport selected tasks…</source>
        <translation>Ausgewählte Aufgaben e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Fehler schließen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A&amp;ctions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Could not load tasks.</source>
        <translation>Aufgaben konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Could not load the saved views: %1</source>
        <translation>Die gespeicherten Ansichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>Delete Tasks</source>
        <translation>Aufgaben löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s) with their annotations and predictions? This cannot be undone.</source>
        <translation>
            <numerusform>%n Aufgabe mit ihren Annotationen und Vorhersagen löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Aufgaben mit ihren Annotationen und Vorhersagen löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n task(s)…</source>
        <translation>
            <numerusform>%n Aufgabe wird gelöscht…</numerusform>
            <numerusform>%n Aufgaben werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the tasks: %1</source>
        <translation>Die Aufgaben konnten nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · wird geladen…</translation>
    </message>
</context>
<context>
    <name>lsdesk::TemplateCatalog</name>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Computer Vision</source>
        <translation>Computer Vision</translation>
    </message>
    <message>
        <source>Natural Language Processing</source>
        <translation>Verarbeitung natürlicher Sprache</translation>
    </message>
    <message>
        <source>Audio/Speech Processing</source>
        <translation>Audio-/Sprachverarbeitung</translation>
    </message>
    <message>
        <source>Conversational AI</source>
        <translation>Konversationelle KI</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Ranking &amp; Scoring</source>
        <translation>Rangfolge &amp; Bewertung</translation>
    </message>
    <message>
        <source>Structured Data Parsing</source>
        <translation>Auslesen strukturierter Daten</translation>
    </message>
    <message>
        <source>Time Series Analysis</source>
        <translation>Zeitreihenanalyse</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Generative AI</source>
        <translation>Generative KI</translation>
    </message>
    <message>
        <source>Community Contributions</source>
        <translation>Beiträge der Community</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>An empty config: add objects and controls from the tag palette.</source>
        <translation>Eine leere Konfiguration: fügen Sie Objekte und Steuerelemente aus der Tag-Palette hinzu.</translation>
    </message>
    <message>
        <source>Object detection with bounding boxes</source>
        <translation>Objekterkennung mit Begrenzungsrahmen</translation>
    </message>
    <message>
        <source>Draw labelled rectangles around objects in images.</source>
        <translation>Beschriftete Rechtecke um Objekte in Bildern zeichnen.</translation>
    </message>
    <message>
        <source>Image segmentation with polygons</source>
        <translation>Bildsegmentierung mit Polygonen</translation>
    </message>
    <message>
        <source>Outline regions of images with labelled polygons.</source>
        <translation>Bereiche von Bildern mit beschrifteten Polygonen umranden.</translation>
    </message>
    <message>
        <source>Image classification</source>
        <translation>Bildklassifikation</translation>
    </message>
    <message>
        <source>Pick one class for each image.</source>
        <translation>Für jedes Bild eine Klasse wählen.</translation>
    </message>
    <message>
        <source>Text classification</source>
        <translation>Textklassifikation</translation>
    </message>
    <message>
        <source>Pick one class for each text, e.g. its sentiment.</source>
        <translation>Für jeden Text eine Klasse wählen, z. B. seine Stimmung.</translation>
    </message>
    <message>
        <source>Named entity recognition</source>
        <translation>Eigennamenerkennung</translation>
    </message>
    <message>
        <source>Mark people, organizations, places and dates in text.</source>
        <translation>Personen, Organisationen, Orte und Daten im Text markieren.</translation>
    </message>
    <message>
        <source>Relation extraction</source>
        <translation>Relationsextraktion</translation>
    </message>
    <message>
        <source>Mark entities in text and connect them with typed relations.</source>
        <translation>Entitäten im Text markieren und mit typisierten Relationen verbinden.</translation>
    </message>
    <message>
        <source>Audio transcription</source>
        <translation>Audiotranskription</translation>
    </message>
    <message>
        <source>Listen to a recording and write down what is said.</source>
        <translation>Eine Aufnahme anhören und aufschreiben, was gesagt wird.</translation>
    </message>
    <message>
        <source>Dialogue analysis</source>
        <translation>Dialoganalyse</translation>
    </message>
    <message>
        <source>Label the turns of a conversation and rate its outcome. The task holds the dialogue as a list of {author, text}.</source>
        <translation>Die Beiträge eines Gesprächs beschriften und sein Ergebnis bewerten. Die Aufgabe enthält den Dialog als Liste von {author, text}.</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>Paarweiser Vergleich</translation>
    </message>
    <message>
        <source>Show two answers side by side and pick the better one.</source>
        <translation>Zwei Antworten nebeneinander zeigen und die bessere wählen.</translation>
    </message>
    <message>
        <source>Ranking a list</source>
        <translation>Eine Liste ordnen</translation>
    </message>
    <message>
        <source>Order the results for a query by relevance. The task holds the items as a list of {id, title, body}.</source>
        <translation>Die Ergebnisse einer Suchanfrage nach Relevanz ordnen. Die Aufgabe enthält die Elemente als Liste von {id, title, body}.</translation>
    </message>
    <message>
        <source>Time series segmentation</source>
        <translation>Zeitreihensegmentierung</translation>
    </message>
    <message>
        <source>Mark normal and anomalous ranges of a signal read from a CSV file (columns time, value).</source>
        <translation>Normale und auffällige Bereiche eines Signals aus einer CSV-Datei markieren (Spalten time, value).</translation>
    </message>
    <message>
        <source>Video object tracking</source>
        <translation>Objektverfolgung in Videos</translation>
    </message>
    <message>
        <source>Follow objects through a video with labelled boxes.</source>
        <translation>Objekte in einem Video mit beschrifteten Rahmen verfolgen.</translation>
    </message>
    <message>
        <source>Video timeline segmentation</source>
        <translation>Zeitleistensegmentierung von Videos</translation>
    </message>
    <message>
        <source>Mark labelled time ranges of a video.</source>
        <translation>Beschriftete Zeitbereiche eines Videos markieren.</translation>
    </message>
</context>
<context>
    <name>lsdesk::TemplateChooser</name>
    <message>
        <source>Filter templates</source>
        <translation>Vorlagen filtern</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Vorlagenbeschreibung</translation>
    </message>
    <message>
        <source>Template XML</source>
        <translation>Vorlagen-XML</translation>
    </message>
    <message>
        <source>%1 (server, Enterprise)</source>
        <translation>%1 (Server, Enterprise)</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (Server)</translation>
    </message>
    <message>
        <source>No template matches &quot;%1&quot;.</source>
        <translation>Keine Vorlage passt zu „%1“.</translation>
    </message>
    <message>
        <source>From the server&apos;s template gallery.</source>
        <translation>Aus der Vorlagengalerie des Servers.</translation>
    </message>
</context>
<context>
    <name>lsdesk::TlsTrust</name>
    <message>
        <source>(no certificate)</source>
        <translation>(kein Zertifikat)</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 to %4
SHA-256 fingerprint: %5</source>
        <translation>Inhaber: %1
Aussteller: %2
Gültig von %3 bis %4
SHA-256-Fingerabdruck: %5</translation>
    </message>
</context>
<context>
    <name>lsdesk::TokensDialog</name>
    <message>
        <source>Access Tokens</source>
        <translation>Zugriffstokens</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Persönliche Zugriffstokens</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Use the new token for this profile</source>
        <translation>Das neue Token für dieses Profil &amp;verwenden</translation>
    </message>
    <message>
        <source>Stores the new token in the keychain as the key of profile “%1”.</source>
        <translation>Speichert das neue Token im Schlüsselbund als Schlüssel des Profils „%1“.</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>This is the only time the token is shown. Copy it now.</source>
        <translation>Das Token wird nur dieses eine Mal angezeigt. Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Legacy key</source>
        <translation>Älterer Schlüssel (Legacy)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>R&amp;eset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>The token was copied to the clipboard.</source>
        <translation>Das Token wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>You already have a token: revoke it before creating a new one.</source>
        <translation>Sie haben bereits ein Token: widerrufen Sie es, bevor Sie ein neues erstellen.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not list the tokens</source>
        <translation>Die Tokens konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Your organization has turned personal access tokens off.</source>
        <translation>Ihre Organisation hat persönliche Zugriffstokens abgeschaltet.</translation>
    </message>
    <message>
        <source>Could not create a token</source>
        <translation>Es konnte kein Token erstellt werden</translation>
    </message>
    <message>
        <source>Token created. Copy it now: it is not shown again.</source>
        <translation>Token erstellt. Kopieren Sie es jetzt: es wird nicht erneut angezeigt.</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>Das neue Token</translation>
    </message>
    <message>
        <source>Revoke the token %1? Programs that use it can no longer sign in.</source>
        <translation>Das Token %1 widerrufen? Programme, die es verwenden, können sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>This connection uses this token: it stops working too.</source>
        <translation>Diese Verbindung verwendet dieses Token: sie funktioniert dann ebenfalls nicht mehr.</translation>
    </message>
    <message>
        <source>Could not revoke the token</source>
        <translation>Das Token konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <source>The token was revoked.</source>
        <translation>Das Token wurde widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <source>Could not read the legacy key</source>
        <translation>Der ältere Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reset the legacy key? The current key stops working at once, for every program that uses it.</source>
        <translation>Den älteren Schlüssel zurücksetzen? Der aktuelle Schlüssel funktioniert sofort nicht mehr, für jedes Programm, das ihn verwendet.</translation>
    </message>
    <message>
        <source>This connection uses the legacy key.</source>
        <translation>Diese Verbindung verwendet den älteren Schlüssel.</translation>
    </message>
    <message>
        <source>Could not reset the legacy key</source>
        <translation>Der ältere Schlüssel konnte nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The legacy key was reset.</source>
        <translation>Der ältere Schlüssel wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>The new legacy key</source>
        <translation>Der neue ältere Schlüssel</translation>
    </message>
    <message>
        <source>%1 was not stored: no keychain is available. Copy it now.</source>
        <translation>%1 wurde nicht gespeichert: kein Schlüsselbund verfügbar. Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <source>%1 was not stored in the keychain: %2</source>
        <translation>%1 wurde nicht im Schlüsselbund gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 is stored in the keychain for profile “%2”.</source>
        <translation>%1 ist im Schlüsselbund für das Profil „%2“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>lsdesk::UserDirectory</name>
    <message>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
</context>
<context>
    <name>lsdesk::XmlDocument</name>
    <message>
        <source>The label config is empty: it needs a root element such as &lt;View&gt;.</source>
        <translation>Die Label-Konfiguration ist leer: sie braucht ein Wurzelelement wie &lt;View&gt;.</translation>
    </message>
</context>
<context>
    <name>lsdesk::XmlError</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>lsdesk::XmlParser</name>
    <message>
        <source>start tag</source>
        <translation>Start-Tag</translation>
    </message>
    <message>
        <source>Expected white space, &apos;&gt;&apos; or &apos;/&gt;&apos; in the start tag, found &apos;%1&apos;.</source>
        <translation>Leerraum, &apos;&gt;&apos; oder &apos;/&gt;&apos; im Start-Tag erwartet, gefunden: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Attribute &apos;%1&apos; redefined.</source>
        <translation>Attribut &apos;%1&apos; mehrfach definiert.</translation>
    </message>
    <message>
        <source>Expected a quoted attribute value.</source>
        <translation>Attributwert in Anführungszeichen erwartet.</translation>
    </message>
    <message>
        <source>attribute value</source>
        <translation>Attributwert</translation>
    </message>
    <message>
        <source>DOCTYPE declarations are not allowed in a label config.</source>
        <translation>DOCTYPE-Deklarationen sind in einer Label-Konfiguration nicht erlaubt.</translation>
    </message>
    <message>
        <source>The label config is empty: it needs a root element such as &lt;View&gt;.</source>
        <translation>Die Label-Konfiguration ist leer: sie braucht ein Wurzelelement wie &lt;View&gt;.</translation>
    </message>
    <message>
        <source>Start tag expected.</source>
        <translation>Start-Tag erwartet.</translation>
    </message>
    <message>
        <source>Text is not allowed outside the root element.</source>
        <translation>Text ist außerhalb des Wurzelelements nicht erlaubt.</translation>
    </message>
    <message>
        <source>More than one root element.</source>
        <translation>Mehr als ein Wurzelelement.</translation>
    </message>
    <message>
        <source>Extra content at end of document.</source>
        <translation>Zusätzlicher Inhalt am Ende des Dokuments.</translation>
    </message>
    <message>
        <source>Sequence &apos;]]&gt;&apos; not allowed in content.</source>
        <translation>Die Folge &apos;]]&gt;&apos; ist im Inhalt nicht erlaubt.</translation>
    </message>
    <message>
        <source>end tag</source>
        <translation>End-Tag</translation>
    </message>
    <message>
        <source>Opening and ending tag mismatch: expected &lt;/%1&gt;.</source>
        <translation>Start- und End-Tag passen nicht zusammen: &lt;/%1&gt; erwartet.</translation>
    </message>
    <message>
        <source>CDATA section</source>
        <translation>CDATA-Abschnitt</translation>
    </message>
    <message>
        <source>Unexpected markup &apos;&lt;!&apos;.</source>
        <translation>Unerwartetes Markup &apos;&lt;!&apos;.</translation>
    </message>
</context>
<context>
    <name>lsdesk::XmlView</name>
    <message>
        <source>Go to &amp;Problem</source>
        <translation>Zum &amp;Problem</translation>
    </message>
    <message>
        <source>Move the cursor to the line of the XML error or the first problem</source>
        <translation>Den Cursor in die Zeile des XML-Fehlers oder des ersten Problems setzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiteres)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>lsdesk::ZipArchive</name>
    <message>
        <source>The archive is not complete or is damaged (%1).</source>
        <translation>Das Archiv ist unvollständig oder beschädigt (%1).</translation>
    </message>
    <message>
        <source>The archive cannot be read back (%1).</source>
        <translation>Das Archiv kann nicht wieder gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The archive cannot be opened (%1).</source>
        <translation>Das Archiv kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The archive has no file %1.</source>
        <translation>Das Archiv enthält keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 in the archive is larger than %2 bytes.</source>
        <translation>%1 im Archiv ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <source>%1 in the archive cannot be read: %2</source>
        <translation>%1 im Archiv kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged: %2</source>
        <translation>%1 im Archiv ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>lsdesk::agreement::AgreementSource</name>
    <message>
        <source>Agreement computation cancelled.</source>
        <translation>Übereinstimmungsberechnung abgebrochen.</translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation>Projekt %1 auf %2</translation>
    </message>
    <message>
        <source>Task %1 is not in %2.</source>
        <translation>Aufgabe %1 ist nicht in %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was read: task %2 is no longer at byte %3.</source>
        <translation>%1 hat sich seit dem Lesen geändert: Aufgabe %2 steht nicht mehr bei Byte %3.</translation>
    </message>
</context>
<context>
    <name>lsdesk::agreement::JsonArraySplitter</name>
    <message>
        <source>expected a list of tasks at byte %1</source>
        <translation>Liste von Aufgaben bei Byte %1 erwartet</translation>
    </message>
    <message>
        <source>expected a task (a JSON object) at byte %1</source>
        <translation>Aufgabe (ein JSON-Objekt) bei Byte %1 erwartet</translation>
    </message>
    <message>
        <source>a task is nested more than %1 levels deep at byte %2</source>
        <translation>eine Aufgabe ist bei Byte %2 mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; after a task at byte %1</source>
        <translation>„,“ oder „]“ nach einer Aufgabe bei Byte %1 erwartet</translation>
    </message>
    <message>
        <source>unexpected data after the list of tasks at byte %1</source>
        <translation>unerwartete Daten nach der Liste von Aufgaben bei Byte %1</translation>
    </message>
    <message>
        <source>cut off at byte %1</source>
        <translation>abgeschnitten bei Byte %1</translation>
    </message>
</context>
<context>
    <name>lsdesk::cli</name>
    <message>
        <source>--set takes key=value, not &quot;%1&quot;.</source>
        <translation>--set erwartet key=value, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>lsdesk::cli::CliApp</name>
    <message>
        <source>agreement needs --project N or --file export.json (one of them).</source>
        <translation>agreement benötigt --project N oder --file export.json (eines davon).</translation>
    </message>
    <message>
        <source>--project takes a project id.</source>
        <translation>--project erwartet eine Projekt-ID.</translation>
    </message>
    <message>
        <source>--config goes with --file: a live project has its own label config.</source>
        <translation>--config gehört zu --file: ein Live-Projekt hat seine eigene Label-Konfiguration.</translation>
    </message>
    <message>
        <source>agreement --format must be json or csv.</source>
        <translation>agreement --format muss json oder csv sein.</translation>
    </message>
    <message>
        <source>--methodology must be pairwise or consensus.</source>
        <translation>--methodology muss pairwise oder consensus sein.</translation>
    </message>
    <message>
        <source>--threshold takes a number between 0 and 1.</source>
        <translation>--threshold erwartet eine Zahl zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>--threshold is the consensus threshold: add --methodology consensus.</source>
        <translation>--threshold ist die Konsens-Schwelle: fügen Sie --methodology consensus hinzu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 von %2 Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>computed locally (this server has no agreement endpoint)</source>
        <translation>lokal berechnet (dieser Server hat keinen Übereinstimmungs-Endpunkt)</translation>
    </message>
    <message>
        <source>the server&apos;s agreement could not be read (%1); computed locally</source>
        <translation>die Übereinstimmung des Servers konnte nicht gelesen werden (%1); lokal berechnet</translation>
    </message>
    <message>
        <source>(see lsdesk-cli --help)</source>
        <translation>(siehe lsdesk-cli --help)</translation>
    </message>
    <message>
        <source>This help; with a command, the command&apos;s options and exit codes.</source>
        <translation>Diese Hilfe; mit einem Befehl die Optionen und Exit-Codes des Befehls.</translation>
    </message>
    <message>
        <source>lsdesk-cli&apos;s version.</source>
        <translation>Die Version von lsdesk-cli.</translation>
    </message>
    <message>
        <source>Label Studio base URL (default $LABEL_STUDIO_URL).</source>
        <translation>Basis-URL von Label Studio (Standard $LABEL_STUDIO_URL).</translation>
    </message>
    <message>
        <source>API key (default $LABEL_STUDIO_API_KEY). Prefer --api-key-stdin.</source>
        <translation>API-Schlüssel (Standard $LABEL_STUDIO_API_KEY). Besser --api-key-stdin verwenden.</translation>
    </message>
    <message>
        <source>Read the API key from the first line of standard input.</source>
        <translation>Den API-Schlüssel aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Use a saved server profile (key from the OS keychain).</source>
        <translation>Ein gespeichertes Serverprofil verwenden (Schlüssel aus dem Schlüsselbund des Betriebssystems).</translation>
    </message>
    <message>
        <source>Request inactivity timeout in seconds (default 60).</source>
        <translation>Zeitüberschreitung bei Inaktivität einer Anfrage in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <source>Extra PEM CA bundle for a private certificate authority.</source>
        <translation>Zusätzliches PEM-CA-Bundle für eine private Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Log requests to stderr (never the key).</source>
        <translation>Anfragen auf stderr protokollieren (nie den Schlüssel).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Project id.</source>
        <translation>Projekt-ID.</translation>
    </message>
    <message>
        <source>Task fields: all (default) or task-only.</source>
        <translation>Aufgabenfelder: all (Standard) oder task-only.</translation>
    </message>
    <message>
        <source>Data Manager query JSON (filters, ordering).</source>
        <translation>Abfrage-JSON des Datenmanagers (Filter, Sortierung).</translation>
    </message>
    <message>
        <source>Output format for tasks: ndjson (default) or json.</source>
        <translation>Ausgabeformat für Aufgaben: ndjson (Standard) oder json.</translation>
    </message>
    <message>
        <source>Tasks per page request (default 500).</source>
        <translation>Aufgaben pro Seitenanfrage (Standard 500).</translation>
    </message>
    <message>
        <source>Page requests in flight (default: adapts to the server, up to 4).</source>
        <translation>Gleichzeitige Seitenanfragen (Standard: passt sich dem Server an, bis zu 4).</translation>
    </message>
    <message>
        <source>Filter projects by text.</source>
        <translation>Projekte nach Text filtern.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 gilt nicht für %2.</translation>
    </message>
    <message>
        <source>Use: profile save NAME --url URL | profile list | profile remove NAME.</source>
        <translation>Verwendung: profile save NAME --url URL | profile list | profile remove NAME.</translation>
    </message>
    <message>
        <source>tasks list needs --project N.</source>
        <translation>tasks list benötigt --project N.</translation>
    </message>
    <message>
        <source>--fields must be all or task-only.</source>
        <translation>--fields muss all oder task-only sein.</translation>
    </message>
    <message>
        <source>--format must be ndjson or json.</source>
        <translation>--format muss ndjson oder json sein.</translation>
    </message>
    <message>
        <source>--query is not a JSON object: %1.</source>
        <translation>--query ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>export needs --project N.</source>
        <translation>export benötigt --project N.</translation>
    </message>
    <message>
        <source>export needs --format, e.g. JSON, JSON_MIN, CSV, COCO.</source>
        <translation>export benötigt --format, z. B. JSON, JSON_MIN, CSV, COCO.</translation>
    </message>
    <message>
        <source>export needs -o FILE.</source>
        <translation>export benötigt -o FILE.</translation>
    </message>
    <message>
        <source>--ids takes task ids separated by commas, not &quot;%1&quot;.</source>
        <translation>--ids erwartet durch Kommas getrennte Aufgaben-IDs, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 is a snapshot option; --batch-size uses the direct export.</source>
        <translation>--%1 ist eine Snapshot-Option; --batch-size verwendet den direkten Export.</translation>
    </message>
    <message>
        <source>--ids does not go with --snapshot: a snapshot covers the whole project.</source>
        <translation>--ids passt nicht zu --snapshot: ein Snapshot umfasst das ganze Projekt.</translation>
    </message>
    <message>
        <source>--api-key-stdin: standard input held no key.</source>
        <translation>--api-key-stdin: die Standardeingabe enthielt keinen Schlüssel.</translation>
    </message>
    <message>
        <source>There is no saved profile &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil „%1“.</translation>
    </message>
    <message>
        <source>No server URL: pass --url or set LABEL_STUDIO_URL.</source>
        <translation>Keine Server-URL: übergeben Sie --url oder setzen Sie LABEL_STUDIO_URL.</translation>
    </message>
    <message>
        <source>--page-size must be a positive number.</source>
        <translation>--page-size muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>--batch-size must be a positive number.</source>
        <translation>--batch-size muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>batch %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>--ids: this Enterprise server exports through snapshots, which cover the whole project.</source>
        <translation>--ids: dieser Enterprise-Server exportiert über Snapshots, die das ganze Projekt umfassen.</translation>
    </message>
    <message>
        <source>--%1 is a snapshot option: add --snapshot (this server&apos;s default export is the direct one, which has no such option).</source>
        <translation>--%1 ist eine Snapshot-Option: fügen Sie --snapshot hinzu (der Standardexport dieses Servers ist der direkte, der diese Option nicht hat).</translation>
    </message>
    <message>
        <source>the server builds a snapshot…</source>
        <translation>der Server erstellt einen Snapshot…</translation>
    </message>
    <message>
        <source>the server converts the snapshot…</source>
        <translation>der Server wandelt den Snapshot um…</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>wird heruntergeladen…</translation>
    </message>
    <message>
        <source>%1 of %2 MiB (%3 MiB/s)</source>
        <translation>%1 von %2 MiB (%3 MiB/s)</translation>
    </message>
    <message>
        <source>%1 MiB (%2 MiB/s)</source>
        <translation>%1 MiB (%2 MiB/s)</translation>
    </message>
    <message>
        <source>checking the file…</source>
        <translation>die Datei wird geprüft…</translation>
    </message>
    <message>
        <source>A JSON export file (offline, no server needed).</source>
        <translation>Eine JSON-Exportdatei (offline, kein Server nötig).</translation>
    </message>
    <message>
        <source>With --file: the project&apos;s label config XML (default: every control seen).</source>
        <translation>Mit --file: das XML der Label-Konfiguration des Projekts (Standard: jedes vorkommende Steuerelement).</translation>
    </message>
    <message>
        <source>Also one matrix per label.</source>
        <translation>Zusätzlich eine Matrix pro Label.</translation>
    </message>
    <message>
        <source>Ground-truth annotations as a participant.</source>
        <translation>Ground-Truth-Annotationen als Teilnehmer.</translation>
    </message>
    <message>
        <source>Predictions as participants (one per model version).</source>
        <translation>Vorhersagen als Teilnehmer (einer pro Modellversion).</translation>
    </message>
    <message>
        <source>Pairwise (default) or consensus.</source>
        <translation>Pairwise (Standard) oder consensus.</translation>
    </message>
    <message>
        <source>The consensus threshold in [0, 1] (default 0.5).</source>
        <translation>Die Konsens-Schwelle in [0, 1] (Standard 0.5).</translation>
    </message>
    <message>
        <source>The JSON spec file (docs/config-spec.md).</source>
        <translation>Die JSON-Spezifikationsdatei (docs/config-spec.md).</translation>
    </message>
    <message>
        <source>A task JSON file.</source>
        <translation>Eine Aufgaben-JSON-Datei.</translation>
    </message>
    <message>
        <source>An annotation JSON file.</source>
        <translation>Eine Annotations-JSON-Datei.</translation>
    </message>
    <message>
        <source>A prediction JSON file.</source>
        <translation>Eine Vorhersage-JSON-Datei.</translation>
    </message>
    <message>
        <source>A project summary JSON file.</source>
        <translation>Eine JSON-Datei mit einer Projektzusammenfassung.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Also the tasks without annotations.</source>
        <translation>Auch die Aufgaben ohne Annotationen.</translation>
    </message>
    <message>
        <source>Include media files (archive formats).</source>
        <translation>Mediendateien einschließen (Archivformate).</translation>
    </message>
    <message>
        <source>Only these task ids (comma-separated).</source>
        <translation>Nur diese Aufgaben-IDs (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Fetch K tasks per request and join them (JSON, JSON_MIN, CSV, TSV), for servers that time out on a whole project.</source>
        <translation>K Aufgaben pro Anfrage abrufen und zusammenfügen (JSON, JSON_MIN, CSV, TSV), für Server, bei denen ein ganzes Projekt eine Zeitüberschreitung hat.</translation>
    </message>
    <message>
        <source>Through a snapshot (create, convert, download; kept on the server). The default on Enterprise servers, which have no direct export.</source>
        <translation>Über einen Snapshot (erstellen, umwandeln, herunterladen; bleibt auf dem Server). Der Standard auf Enterprise-Servern, die keinen direkten Export haben.</translation>
    </message>
    <message>
        <source>With --snapshot: whole drafts, not their ids.</source>
        <translation>Mit --snapshot: vollständige Entwürfe, nicht ihre IDs.</translation>
    </message>
    <message>
        <source>With --snapshot: whole predictions, not their ids.</source>
        <translation>Mit --snapshot: vollständige Vorhersagen, nicht ihre IDs.</translation>
    </message>
    <message>
        <source>With --snapshot: the annotations&apos; history.</source>
        <translation>Mit --snapshot: der Verlauf der Annotationen.</translation>
    </message>
    <message>
        <source>With --snapshot: leave out the skipped annotations (the direct export keeps them).</source>
        <translation>Mit --snapshot: die übersprungenen Annotationen weglassen (der direkte Export behält sie).</translation>
    </message>
    <message>
        <source>With --snapshot: only the ground-truth annotations.</source>
        <translation>Mit --snapshot: nur die Ground-Truth-Annotationen.</translation>
    </message>
    <message>
        <source>With --snapshot: every video frame between key frames.</source>
        <translation>Mit --snapshot: jedes Videobild zwischen Schlüsselbildern.</translation>
    </message>
</context>
<context>
    <name>lsdesk::cli::ConfigCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Use: config create --spec SPEC.json | config parse FILE.xml [--json] | config validate FILE.xml [--task T.json] [--annotation A.json] [--prediction P.json] | config diff OLD.xml NEW.xml [--summary S.json] (see lsdesk-cli --help)</source>
        <translation>Verwendung: config create --spec SPEC.json | config parse FILE.xml [--json] | config validate FILE.xml [--task T.json] [--annotation A.json] [--prediction P.json] | config diff OLD.xml NEW.xml [--summary S.json] (siehe lsdesk-cli --help)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No structural changes.</source>
        <translation>Keine strukturellen Änderungen.</translation>
    </message>
    <message>
        <source>%1 is not a project summary (JSON object): %2</source>
        <translation>%1 ist keine Projektzusammenfassung (JSON-Objekt): %2</translation>
    </message>
    <message>
        <source>The server will refuse to save this config: %1</source>
        <translation>Der Server wird das Speichern dieser Konfiguration ablehnen: %1</translation>
    </message>
    <message>
        <source>The server&apos;s validation will refuse this config: %1</source>
        <translation>Die Validierung des Servers wird diese Konfiguration ablehnen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>config create needs --spec FILE.json (see docs/config-spec.md).</source>
        <translation>config create benötigt --spec FILE.json (siehe docs/config-spec.md).</translation>
    </message>
</context>
<context>
    <name>lsdesk::cli::ImportCommand</name>
    <message>
        <source>Tasks from JSON, JSON lines (.jsonl), CSV, TSV or text files, or single media files.</source>
        <translation>Aufgaben aus JSON-, JSON-Lines- (.jsonl), CSV-, TSV- oder Textdateien oder einzelnen Mediendateien.</translation>
    </message>
    <message>
        <source>Each file is checked first (nothing is sent if one does not parse: exit 6), the data keys are compared with the config&apos;s variables (a warning, or exit 1 with --require-keys), then sent in requests within the limits (a 413 halves a request). Prints what the server created; on a failure, what the completed requests created.</source>
        <translation>Jede Datei wird zuerst geprüft (lässt sich eine nicht lesen, wird nichts gesendet: Exit-Code 6), die Datenschlüssel werden mit den Variablen der Konfiguration verglichen (eine Warnung, oder Exit-Code 1 mit --require-keys), dann in Anfragen innerhalb der Grenzen gesendet (ein 413 halbiert eine Anfrage). Gibt aus, was der Server erstellt hat; bei einem Fehler, was die abgeschlossenen Anfragen erstellt haben.</translation>
    </message>
    <message>
        <source>What the server created, as JSON.</source>
        <translation>Was der Server erstellt hat, als JSON.</translation>
    </message>
    <message>
        <source>With --require-keys: the files lack a variable the config reads; or the server refused a request (HTTP 400).</source>
        <translation>Mit --require-keys: den Dateien fehlt eine Variable, die die Konfiguration liest; oder der Server hat eine Anfrage abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>A file (or the --urls list) could not be read or parsed; nothing was sent.</source>
        <translation>Eine Datei (oder die --urls-Liste) konnte nicht gelesen oder ausgewertet werden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>import needs --project N.</source>
        <translation>import benötigt --project N.</translation>
    </message>
    <message>
        <source>import needs files or --urls FILE.</source>
        <translation>import benötigt Dateien oder --urls FILE.</translation>
    </message>
    <message>
        <source>--download-urls goes with --urls.</source>
        <translation>--download-urls gehört zu --urls.</translation>
    </message>
    <message>
        <source>--max-request-mb must be a positive number.</source>
        <translation>--max-request-mb muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>--max-tasks must be a positive number.</source>
        <translation>--max-tasks muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The files have no data for %1, which the project&apos;s config reads: those tasks would show nothing.</source>
        <translation>Die Dateien haben keine Daten für %1, das die Konfiguration des Projekts liest: diese Aufgaben würden nichts anzeigen.</translation>
    </message>
    <message>
        <source>Nothing was imported (--require-keys).</source>
        <translation>Es wurde nichts importiert (--require-keys).</translation>
    </message>
    <message>
        <source>request %1 of %2, %3 of %4 MiB</source>
        <translation>Anfrage %1 von %2, %3 von %4 MiB</translation>
    </message>
    <message>
        <source>Imported %1 task(s), %2 annotation(s), %3 prediction(s) in %4 request(s).</source>
        <translation>%1 Aufgabe(n), %2 Annotation(en), %3 Vorhersage(n) in %4 Anfrage(n) importiert.</translation>
    </message>
    <message>
        <source>A file of URLs, one per line (- for standard input); each becomes a task that references it.</source>
        <translation>Eine Datei mit URLs, eine pro Zeile (- für die Standardeingabe); aus jeder wird eine Aufgabe, die auf sie verweist.</translation>
    </message>
    <message>
        <source>With --urls, the server downloads each URL and imports it like a file.</source>
        <translation>Mit --urls lädt der Server jede URL herunter und importiert sie wie eine Datei.</translation>
    </message>
    <message>
        <source>The largest request in MiB (default 100); larger files are split at task boundaries.</source>
        <translation>Die größte Anfrage in MiB (Standard 100); größere Dateien werden an Aufgabengrenzen geteilt.</translation>
    </message>
    <message>
        <source>The most tasks per request (default 50000).</source>
        <translation>Die meisten Aufgaben pro Anfrage (Standard 50000).</translation>
    </message>
    <message>
        <source>Columns holding predictions in the config&apos;s result format (comma-separated).</source>
        <translation>Spalten mit Vorhersagen im Ergebnisformat der Konfiguration (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Refuse (exit 1) when the files lack a variable the project&apos;s config reads.</source>
        <translation>Ablehnen (Exit-Code 1), wenn den Dateien eine Variable fehlt, die die Konfiguration des Projekts liest.</translation>
    </message>
    <message>
        <source>Print the new tasks&apos; ids (with --json).</source>
        <translation>Die IDs der neuen Aufgaben ausgeben (mit --json).</translation>
    </message>
</context>
<context>
    <name>lsdesk::cli::ProjectCommands</name>
    <message>
        <source>projects delete, and actions run delete_... with --all or --query: confirm the deletion.</source>
        <translation>projects delete sowie actions run delete_... mit --all oder --query: das Löschen bestätigen.</translation>
    </message>
    <message>
        <source>A new project; prints its id.</source>
        <translation>Ein neues Projekt; gibt seine ID aus.</translation>
    </message>
    <message>
        <source>The project&apos;s title.</source>
        <translation>Der Titel des Projekts.</translation>
    </message>
    <message>
        <source>The project&apos;s label config, an XML file.</source>
        <translation>Die Label-Konfiguration des Projekts, eine XML-Datei.</translation>
    </message>
    <message>
        <source>The new project as JSON.</source>
        <translation>Das neue Projekt als JSON.</translation>
    </message>
    <message>
        <source>The server refused a field (one line per field).</source>
        <translation>Der Server hat ein Feld abgelehnt (eine Zeile pro Feld).</translation>
    </message>
    <message>
        <source>The config file could not be read.</source>
        <translation>Die Konfigurationsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Changes only the given settings of a project.</source>
        <translation>Ändert nur die angegebenen Einstellungen eines Projekts.</translation>
    </message>
    <message>
        <source>Values are taken as JSON when they parse, else as text; --set wins over the file. Prints what the server stored for each key.</source>
        <translation>Werte werden als JSON genommen, wenn sie sich so lesen lassen, sonst als Text; --set hat Vorrang vor der Datei. Gibt aus, was der Server für jeden Schlüssel gespeichert hat.</translation>
    </message>
    <message>
        <source>A setting, key=value (repeatable); the value as JSON when it parses, else text.</source>
        <translation>Eine Einstellung, key=value (wiederholbar); der Wert als JSON, wenn er sich so lesen lässt, sonst als Text.</translation>
    </message>
    <message>
        <source>The updated project as JSON.</source>
        <translation>Das aktualisierte Projekt als JSON.</translation>
    </message>
    <message>
        <source>The server refused a setting (one line per field).</source>
        <translation>Der Server hat eine Einstellung abgelehnt (eine Zeile pro Feld).</translation>
    </message>
    <message>
        <source>The settings file could not be read or is not a JSON object.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden oder ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Deletes a project with its tasks and annotations.</source>
        <translation>Löscht ein Projekt mit seinen Aufgaben und Annotationen.</translation>
    </message>
    <message>
        <source>The project&apos;s Data Manager actions: id, title, and the confirmation and form fields.</source>
        <translation>Die Datenmanager-Aktionen des Projekts: ID, Titel sowie die Bestätigungs- und Formularfelder.</translation>
    </message>
    <message>
        <source>The actions (with their forms) as a JSON array.</source>
        <translation>Die Aktionen (mit ihren Formularen) als JSON-Array.</translation>
    </message>
    <message>
        <source>Runs a Data Manager action (delete_tasks, delete_tasks_annotations, ...) on tasks.</source>
        <translation>Führt eine Datenmanager-Aktion (delete_tasks, delete_tasks_annotations, ...) auf Aufgaben aus.</translation>
    </message>
    <message>
        <source>--set fills the action&apos;s form (see actions list); a delete_ action on --all or --query needs --yes.</source>
        <translation>--set füllt das Formular der Aktion aus (siehe actions list); eine delete_-Aktion auf --all oder --query benötigt --yes.</translation>
    </message>
    <message>
        <source>These task ids (comma-separated).</source>
        <translation>Diese Aufgaben-IDs (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>A field of the action&apos;s form, field=value (repeatable).</source>
        <translation>Ein Feld des Aktionsformulars, field=value (wiederholbar).</translation>
    </message>
    <message>
        <source>The server&apos;s answer as JSON.</source>
        <translation>Die Antwort des Servers als JSON.</translation>
    </message>
    <message>
        <source>The action is disabled, or the server refused it.</source>
        <translation>Die Aktion ist deaktiviert, oder der Server hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>The project, or the action in it, does not exist.</source>
        <translation>Das Projekt oder die Aktion darin existiert nicht.</translation>
    </message>
    <message>
        <source>actions run takes one action id (see actions list).</source>
        <translation>actions run erwartet eine Aktions-ID (siehe actions list).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>projects create needs --title.</source>
        <translation>projects create benötigt --title.</translation>
    </message>
    <message>
        <source>%1 needs --project N.</source>
        <translation>%1 benötigt --project N.</translation>
    </message>
    <message>
        <source>projects update needs --set key=value or --settings FILE.json.</source>
        <translation>projects update benötigt --set key=value oder --settings FILE.json.</translation>
    </message>
    <message>
        <source>projects delete deletes every task and annotation of the project: add --yes.</source>
        <translation>projects delete löscht jede Aufgabe und Annotation des Projekts: fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>actions run needs exactly one of --ids, --all or --query.</source>
        <translation>actions run benötigt genau eines von --ids, --all oder --query.</translation>
    </message>
    <message>
        <source>%1 on --all or --query deletes from every matching task: add --yes.</source>
        <translation>%1 auf --all oder --query löscht aus jeder passenden Aufgabe: fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>--ids takes task ids separated by commas.</source>
        <translation>--ids erwartet durch Kommas getrennte Aufgaben-IDs.</translation>
    </message>
    <message>
        <source>--ids takes task ids separated by commas, not &quot;%1&quot;.</source>
        <translation>--ids erwartet durch Kommas getrennte Aufgaben-IDs, nicht „%1“.</translation>
    </message>
    <message>
        <source>--query is not a JSON object: %1.</source>
        <translation>--query ist kein JSON-Objekt: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>(not in the reply)</source>
        <translation>(nicht in der Antwort)</translation>
    </message>
    <message>
        <source>Deleted project %1.</source>
        <translation>Projekt %1 gelöscht.</translation>
    </message>
    <message>
        <source>(disabled: %1)</source>
        <translation>(deaktiviert: %1)</translation>
    </message>
    <message>
        <source>form: computed by the server when run</source>
        <translation>Formular: wird beim Ausführen vom Server berechnet</translation>
    </message>
    <message>
        <source>Project %1 has no action &quot;%2&quot; (see actions list).</source>
        <translation>Projekt %1 hat keine Aktion „%2“ (siehe actions list).</translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; is disabled: %2</source>
        <translation>Aktion „%1“ ist deaktiviert: %2</translation>
    </message>
    <message>
        <source>%1: %2 items processed.</source>
        <translation>%1: %2 Elemente verarbeitet.</translation>
    </message>
    <message>
        <source>The project&apos;s description.</source>
        <translation>Die Beschreibung des Projekts.</translation>
    </message>
    <message>
        <source>A JSON object of settings.</source>
        <translation>Ein JSON-Objekt mit Einstellungen.</translation>
    </message>
    <message>
        <source>Every task of the project (or of --query).</source>
        <translation>Jede Aufgabe des Projekts (oder von --query).</translation>
    </message>
</context>
<context>
    <name>lsdesk::cli::StorageCommand</name>
    <message>
        <source>Other types than localfiles take their fields with --set; secrets come from $LSDESK_STORAGE_&lt;KEY&gt; or --secret-stdin, never from the command line.</source>
        <translation>Andere Typen als localfiles erhalten ihre Felder mit --set; Geheimnisse kommen aus $LSDESK_STORAGE_&lt;KEY&gt; oder --secret-stdin, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>A secret field of the storage type (e.g. LSDESK_STORAGE_AWS_SECRET_ACCESS_KEY, LSDESK_STORAGE_PASSWORD) when --secret-stdin does not give it.</source>
        <translation>Ein geheimes Feld des Speichertyps (z. B. LSDESK_STORAGE_AWS_SECRET_ACCESS_KEY, LSDESK_STORAGE_PASSWORD), wenn --secret-stdin es nicht liefert.</translation>
    </message>
    <message>
        <source>Usage error, a missing required field or a secret given with --set; nothing was sent.</source>
        <translation>Verwendungsfehler, ein fehlendes Pflichtfeld oder ein mit --set angegebenes Geheimnis; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The project&apos;s import and export storages.</source>
        <translation>Die Import- und Export-Speicher des Projekts.</translation>
    </message>
    <message>
        <source>One line each: id, direction, type, title, status, last sync count, location.</source>
        <translation>Je eine Zeile: ID, Richtung, Typ, Titel, Status, Anzahl der letzten Synchronisierung, Ort.</translation>
    </message>
    <message>
        <source>The storages as a JSON array.</source>
        <translation>Die Speicher als JSON-Array.</translation>
    </message>
    <message>
        <source>Add an import (or with --export, an export) storage to a project.</source>
        <translation>Einem Projekt einen Import-Speicher (oder mit --export einen Export-Speicher) hinzufügen.</translation>
    </message>
    <message>
        <source>The new storage as JSON.</source>
        <translation>Der neue Speicher als JSON.</translation>
    </message>
    <message>
        <source>The same arguments as storage add: the server checks them, nothing is created.</source>
        <translation>Dieselben Argumente wie storage add: der Server prüft sie, es wird nichts erstellt.</translation>
    </message>
    <message>
        <source>The server refused the storage (HTTP 400).</source>
        <translation>Der Server hat den Speicher abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>Sync a storage, wait until the server is done and print the task count.</source>
        <translation>Einen Speicher synchronisieren, warten, bis der Server fertig ist, und die Anzahl der Aufgaben ausgeben.</translation>
    </message>
    <message>
        <source>Without --type the storage is looked up in the project&apos;s list.</source>
        <translation>Ohne --type wird der Speicher in der Liste des Projekts nachgeschlagen.</translation>
    </message>
    <message>
        <source>The storage&apos;s type, to skip looking it up.</source>
        <translation>Der Typ des Speichers, um das Nachschlagen zu sparen.</translation>
    </message>
    <message>
        <source>It is an export storage.</source>
        <translation>Es ist ein Export-Speicher.</translation>
    </message>
    <message>
        <source>The storage&apos;s state at the end, as JSON.</source>
        <translation>Der Zustand des Speichers am Ende, als JSON.</translation>
    </message>
    <message>
        <source>The sync ran but some tasks were refused.</source>
        <translation>Die Synchronisierung lief, aber einige Aufgaben wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The project has no such storage.</source>
        <translation>Das Projekt hat keinen solchen Speicher.</translation>
    </message>
    <message>
        <source>The sync failed on the server, or a server or network error.</source>
        <translation>Die Synchronisierung ist auf dem Server fehlgeschlagen, oder ein Server- oder Netzwerkfehler.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>%1 needs --project N.</source>
        <translation>%1 benötigt --project N.</translation>
    </message>
    <message>
        <source>--type must be s3, gcs, azure, redis or localfiles.</source>
        <translation>--type muss s3, gcs, azure, redis oder localfiles sein.</translation>
    </message>
    <message>
        <source>storage sync needs --storage ID.</source>
        <translation>storage sync benötigt --storage ID.</translation>
    </message>
    <message>
        <source>%1 of a local-files storage needs --path DIR.</source>
        <translation>%1 eines Speichers für lokale Dateien benötigt --path DIR.</translation>
    </message>
    <message>
        <source>%1 needs --set %2=...</source>
        <translation>%1 benötigt --set %2=...</translation>
    </message>
    <message>
        <source>--secret-stdin %1: not a secret field of %2.</source>
        <translation>--secret-stdin %1: kein geheimes Feld von %2.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <source>Created %1 storage %2 (%3). Run: storage sync --project %4 --storage %2 --type %3%5</source>
        <translation>%1-Speicher %2 (%3) erstellt. Ausführen: storage sync --project %4 --storage %2 --type %3%5</translation>
    </message>
    <message>
        <source>--set takes key=value, not &quot;%1&quot;.</source>
        <translation>--set erwartet key=value, nicht „%1“.</translation>
    </message>
    <message>
        <source>--set %1: %2 %3 storages have no such field (they have: %4).</source>
        <translation>--set %1: %2-%3-Speicher haben kein solches Feld (sie haben: %4).</translation>
    </message>
    <message>
        <source>%1 is a secret and is not taken on the command line: set $%2 or use --secret-stdin %1.</source>
        <translation>%1 ist ein Geheimnis und wird nicht auf der Befehlszeile angenommen: setzen Sie $%2 oder verwenden Sie --secret-stdin %1.</translation>
    </message>
    <message>
        <source>--set %1 takes %2.</source>
        <translation>--set %1 erwartet %2.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>--secret-stdin %1: standard input ended before its line.</source>
        <translation>--secret-stdin %1: die Standardeingabe endete vor seiner Zeile.</translation>
    </message>
    <message>
        <source>The project has no %1 storage %2.</source>
        <translation>Das Projekt hat keinen %1-Speicher %2.</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1: bisher %2</translation>
    </message>
    <message>
        <source>%1 annotation(s) exported</source>
        <translation>%1 Annotation(en) exportiert</translation>
    </message>
    <message>
        <source>%1 task(s) imported</source>
        <translation>%1 Aufgabe(n) importiert</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>Die Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1; some were refused:
%2</source>
        <translation>%1; einige wurden abgelehnt:
%2</translation>
    </message>
    <message>
        <source>The storage type: s3, gcs, azure, redis or localfiles (default localfiles).</source>
        <translation>Der Speichertyp: s3, gcs, azure, redis oder localfiles (Standard localfiles).</translation>
    </message>
    <message>
        <source>The local-files directory on the server.</source>
        <translation>Das Verzeichnis für lokale Dateien auf dem Server.</translation>
    </message>
    <message>
        <source>Only files whose name matches.</source>
        <translation>Nur Dateien, deren Name passt.</translation>
    </message>
    <message>
        <source>The storage&apos;s title.</source>
        <translation>Der Titel des Speichers.</translation>
    </message>
    <message>
        <source>One task per media file.</source>
        <translation>Eine Aufgabe pro Mediendatei.</translation>
    </message>
    <message>
        <source>An export (target) storage instead of an import one.</source>
        <translation>Ein Export-Speicher (Ziel) statt eines Import-Speichers.</translation>
    </message>
    <message>
        <source>A field of the type, key=value (repeatable).</source>
        <translation>Ein Feld des Typs, key=value (wiederholbar).</translation>
    </message>
    <message>
        <source>Read this secret field from the next line of standard input (repeatable).</source>
        <translation>Dieses geheime Feld aus der nächsten Zeile der Standardeingabe lesen (wiederholbar).</translation>
    </message>
    <message>
        <source>The storage id.</source>
        <translation>Die ID des Speichers.</translation>
    </message>
</context>
<context>
    <name>lsdesk::cli::help</name>
    <message>
        <source>The server&apos;s URL when neither --url nor --profile gives one.</source>
        <translation>Die URL des Servers, wenn weder --url noch --profile eine angibt.</translation>
    </message>
    <message>
        <source>The API key (a personal access token or a legacy token) when neither --api-key, --api-key-stdin nor --profile gives one.</source>
        <translation>Der API-Schlüssel (ein persönliches Zugriffstoken oder ein älteres Token), wenn weder --api-key, --api-key-stdin noch --profile einen angibt.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>Validation failure: the input did not pass a check, or the server refused it (HTTP 400); the reasons are on standard error.</source>
        <translation>Validierungsfehler: die Eingabe hat eine Prüfung nicht bestanden, oder der Server hat sie abgelehnt (HTTP 400); die Gründe stehen auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Usage error: a missing, unknown or invalid argument; nothing was done.</source>
        <translation>Verwendungsfehler: ein fehlendes, unbekanntes oder ungültiges Argument; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Authentication: no usable API key, the server refused it (HTTP 401, 403), or the keychain could not give the profile&apos;s key.</source>
        <translation>Authentifizierung: kein verwendbarer API-Schlüssel, der Server hat ihn abgelehnt (HTTP 401, 403), oder der Schlüsselbund konnte den Schlüssel des Profils nicht liefern.</translation>
    </message>
    <message>
        <source>Not found: the project, task, storage or route does not exist (HTTP 404).</source>
        <translation>Nicht gefunden: das Projekt, die Aufgabe, der Speicher oder die Route existiert nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>Server or network error: no connection, a timeout, TLS, or an HTTP 5xx answer.</source>
        <translation>Server- oder Netzwerkfehler: keine Verbindung, eine Zeitüberschreitung, TLS oder eine HTTP-5xx-Antwort.</translation>
    </message>
    <message>
        <source>Local file error: a file could not be read, parsed or written.</source>
        <translation>Lokaler Dateifehler: eine Datei konnte nicht gelesen, ausgewertet oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Usage: lsdesk-cli %1</source>
        <translation>Verwendung: lsdesk-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Connection options:</source>
        <translation>Verbindungsoptionen:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>Usage: lsdesk-cli [options] COMMAND [arguments]</source>
        <translation>Verwendung: lsdesk-cli [Optionen] COMMAND [Argumente]</translation>
    </message>
    <message>
        <source>Label Studio Desktop, headless: the desktop app&apos;s core on the command line.</source>
        <translation>Label Studio Desktop ohne Oberfläche: der Kern der Desktop-App auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Connection options (commands that talk to a server):</source>
        <translation>Verbindungsoptionen (Befehle, die mit einem Server sprechen):</translation>
    </message>
    <message>
        <source>&quot;lsdesk-cli help COMMAND&quot; or &quot;lsdesk-cli COMMAND --help&quot; shows a command&apos;s options and the exit codes it can end with.</source>
        <translation>„lsdesk-cli help COMMAND“ oder „lsdesk-cli COMMAND --help“ zeigt die Optionen eines Befehls und die Exit-Codes, mit denen er enden kann.</translation>
    </message>
    <message>
        <source>The server&apos;s version and edition.</source>
        <translation>Version und Edition des Servers.</translation>
    </message>
    <message>
        <source>Needs no API key.</source>
        <translation>Benötigt keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The server&apos;s version answer as JSON.</source>
        <translation>Die Versionsantwort des Servers als JSON.</translation>
    </message>
    <message>
        <source>The user the API key belongs to.</source>
        <translation>Der Benutzer, dem der API-Schlüssel gehört.</translation>
    </message>
    <message>
        <source>Prints id, user name and e-mail, separated by tabs.</source>
        <translation>Gibt ID, Benutzername und E-Mail aus, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>The user as the server describes it, as JSON.</source>
        <translation>Der Benutzer, wie der Server ihn beschreibt, als JSON.</translation>
    </message>
    <message>
        <source>All projects (id, title, task count).</source>
        <translation>Alle Projekte (ID, Titel, Anzahl der Aufgaben).</translation>
    </message>
    <message>
        <source>The projects as a JSON array.</source>
        <translation>Die Projekte als JSON-Array.</translation>
    </message>
    <message>
        <source>All tasks of a project, streamed as pages arrive.</source>
        <translation>Alle Aufgaben eines Projekts, gestreamt, während die Seiten ankommen.</translation>
    </message>
    <message>
        <source>One JSON object per line (ndjson), or one JSON array.</source>
        <translation>Ein JSON-Objekt pro Zeile (ndjson) oder ein JSON-Array.</translation>
    </message>
    <message>
        <source>An export in a server format (JSON, JSON_MIN, CSV, TSV, COCO, YOLO, ...), streamed to FILE.</source>
        <translation>Ein Export in einem Serverformat (JSON, JSON_MIN, CSV, TSV, COCO, YOLO, ...), nach FILE gestreamt.</translation>
    </message>
    <message>
        <source>FILE is replaced only by a complete, checked export. The snapshot options need --snapshot (implied on Enterprise servers, which have no direct export).</source>
        <translation>FILE wird nur durch einen vollständigen, geprüften Export ersetzt. Die Snapshot-Optionen benötigen --snapshot (auf Enterprise-Servern, die keinen direkten Export haben, automatisch).</translation>
    </message>
    <message>
        <source>The export format: JSON, JSON_MIN, CSV, TSV, COCO, YOLO, ... (the project&apos;s formats).</source>
        <translation>Das Exportformat: JSON, JSON_MIN, CSV, TSV, COCO, YOLO, ... (die Formate des Projekts).</translation>
    </message>
    <message>
        <source>FILE could not be written (the old FILE is left as it was).</source>
        <translation>FILE konnte nicht geschrieben werden (die alte FILE bleibt unverändert).</translation>
    </message>
    <message>
        <source>Inter-annotator agreement computed locally as Enterprise defines it (docs/agreement.md).</source>
        <translation>Übereinstimmung zwischen Annotatoren, lokal berechnet, wie Enterprise sie definiert (docs/agreement.md).</translation>
    </message>
    <message>
        <source>From a live project, or offline from a JSON export (--file needs no server: with --config, the project&apos;s controls; without it, every control seen). json: participants (key, name), the matrix with common-task counts and standard deviations, mean and std, per-task scores and pairs, per-label matrices with --per-label, and on Enterprise the server&apos;s own matrix under &quot;server&quot; (Community: a note on standard error). csv: the matrix, then the common-task counts (and one block per label with --per-label).</source>
        <translation>Aus einem Live-Projekt oder offline aus einem JSON-Export (--file braucht keinen Server: mit --config die Steuerelemente des Projekts; ohne jedes vorkommende Steuerelement). json: Teilnehmer (key, name), die Matrix mit Anzahlen gemeinsamer Aufgaben und Standardabweichungen, Mittelwert und Standardabweichung, Werte und Paare pro Aufgabe, Matrizen pro Label mit --per-label und auf Enterprise die eigene Matrix des Servers unter „server“ (Community: ein Hinweis auf der Standardfehlerausgabe). csv: die Matrix, dann die Anzahlen gemeinsamer Aufgaben (und ein Block pro Label mit --per-label).</translation>
    </message>
    <message>
        <source>The output format: json (default) or csv.</source>
        <translation>Das Ausgabeformat: json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>The export file could not be read or is not a JSON export, or the config file could not be read.</source>
        <translation>Die Exportdatei konnte nicht gelesen werden oder ist kein JSON-Export, oder die Konfigurationsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A label config from a JSON spec, byte-identical to the SDK&apos;s LabelInterface.create.</source>
        <translation>Eine Label-Konfiguration aus einer JSON-Spezifikation, byte-identisch mit LabelInterface.create des SDK.</translation>
    </message>
    <message>
        <source>The spec format is in docs/config-spec.md. Local files only: no server.</source>
        <translation>Das Spezifikationsformat steht in docs/config-spec.md. Nur lokale Dateien: kein Server.</translation>
    </message>
    <message>
        <source>Controls, objects and labels of a config (the server&apos;s parsed_label_config).</source>
        <translation>Steuerelemente, Objekte und Labels einer Konfiguration (die parsed_label_config des Servers).</translation>
    </message>
    <message>
        <source>Local files only: no server.</source>
        <translation>Nur lokale Dateien: kein Server.</translation>
    </message>
    <message>
        <source>The parsed_label_config as JSON.</source>
        <translation>Die parsed_label_config als JSON.</translation>
    </message>
    <message>
        <source>The SDK&apos;s validation of a config, and of a task, annotation or prediction against it.</source>
        <translation>Die Validierung einer Konfiguration durch das SDK, und die einer Aufgabe, Annotation oder Vorhersage dagegen.</translation>
    </message>
    <message>
        <source>Not valid: each error on its own line on standard error.</source>
        <translation>Nicht gültig: jeder Fehler in einer eigenen Zeile auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Structural changes between two configs.</source>
        <translation>Strukturelle Änderungen zwischen zwei Konfigurationen.</translation>
    </message>
    <message>
        <source>With a project summary, whether the server will refuse the new config and why. Local files only: no server.</source>
        <translation>Mit einer Projektzusammenfassung: ob der Server die neue Konfiguration ablehnen wird und warum. Nur lokale Dateien: kein Server.</translation>
    </message>
    <message>
        <source>The changes (and the verdict) as JSON.</source>
        <translation>Die Änderungen (und das Ergebnis) als JSON.</translation>
    </message>
    <message>
        <source>With --summary: the server will refuse the new config.</source>
        <translation>Mit --summary: der Server wird die neue Konfiguration ablehnen.</translation>
    </message>
    <message>
        <source>Save a server profile; its key goes to the OS keychain only.</source>
        <translation>Ein Serverprofil speichern; sein Schlüssel kommt nur in den Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>The key comes from --api-key-stdin, --api-key or $LABEL_STUDIO_API_KEY; the URL from --url or $LABEL_STUDIO_URL. Use it with --profile NAME.</source>
        <translation>Der Schlüssel kommt aus --api-key-stdin, --api-key oder $LABEL_STUDIO_API_KEY; die URL aus --url oder $LABEL_STUDIO_URL. Verwenden Sie es mit --profile NAME.</translation>
    </message>
    <message>
        <source>The server&apos;s URL.</source>
        <translation>Die URL des Servers.</translation>
    </message>
    <message>
        <source>The key is not usable (empty or malformed).</source>
        <translation>Der Schlüssel ist nicht verwendbar (leer oder fehlerhaft).</translation>
    </message>
    <message>
        <source>The keychain could not store the key.</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht speichern.</translation>
    </message>
    <message>
        <source>The server&apos;s URL when --url is not given.</source>
        <translation>Die URL des Servers, wenn --url nicht angegeben ist.</translation>
    </message>
    <message>
        <source>The key when neither --api-key nor --api-key-stdin gives one.</source>
        <translation>Der Schlüssel, wenn weder --api-key noch --api-key-stdin einen angibt.</translation>
    </message>
    <message>
        <source>Saved profiles (name, URL).</source>
        <translation>Gespeicherte Profile (Name, URL).</translation>
    </message>
    <message>
        <source>Log out: delete the profile and its key from the keychain.</source>
        <translation>Abmelden: das Profil und seinen Schlüssel aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>Es gibt kein solches Profil.</translation>
    </message>
    <message>
        <source>The keychain could not delete the key.</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht löschen.</translation>
    </message>
    <message>
        <source>Interrupted (Ctrl+C or SIGTERM): the running requests were cancelled.</source>
        <translation>Unterbrochen (Strg+C oder SIGTERM): die laufenden Anfragen wurden abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lsdesk::detail</name>
    <message>
        <source>The label config does not match the label config schema: %1</source>
        <translation>Die Label-Konfiguration entspricht nicht dem Schema für Label-Konfigurationen: %1</translation>
    </message>
    <message>
        <source>the value must be a JSON object, got %1</source>
        <translation>der Wert muss ein JSON-Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must hold strings, got %2</source>
        <translation>&apos;%1&apos; muss Zeichenketten enthalten, erhalten: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of strings, got %2</source>
        <translation>&apos;%1&apos; muss eine Liste von Zeichenketten sein, erhalten: %2</translation>
    </message>
    <message>
        <source>the maxRating attribute of the control is not an integer: %1</source>
        <translation>das maxRating-Attribut des Steuerelements ist keine ganze Zahl: %1</translation>
    </message>
    <message>
        <source>&apos;rating&apos; must be a finite number, got %1</source>
        <translation>&apos;rating&apos; muss eine endliche Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <source>the %1 must be a JSON object, got %2</source>
        <translation>%1 muss ein JSON-Objekt sein, erhalten: %2</translation>
    </message>
    <message>
        <source>a Relations control has no region values: relations are results of type &apos;relation&apos; with from_id and to_id</source>
        <translation>ein Relations-Steuerelement hat keine Regionswerte: Relationen sind Ergebnisse vom Typ &apos;relation&apos; mit from_id und to_id</translation>
    </message>
</context>
<context>
    <name>lsdesk::import</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Could not copy %1 into the request: %2</source>
        <translation>%1 konnte nicht in die Anfrage kopiert werden: %2</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Could not open the file.</source>
        <translation>Die Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: more text after the end of the JSON value</source>
        <translation>kein gültiges JSON bei %1: weiterer Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>line %1: not valid JSON at column %2: %3</source>
        <translation>Zeile %1: kein gültiges JSON bei Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: a task is a JSON object, this line holds another JSON value</source>
        <translation>Zeile %1: eine Aufgabe ist ein JSON-Objekt, diese Zeile enthält einen anderen JSON-Wert</translation>
    </message>
    <message>
        <source>line %1: &quot;data&quot; must be a JSON object with the task&apos;s data</source>
        <translation>Zeile %1: „data“ muss ein JSON-Objekt mit den Daten der Aufgabe sein</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed (a missing &quot;)</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen (ein fehlendes &quot;)</translation>
    </message>
    <message>
        <source>the file is empty: a CSV or TSV file starts with a header row naming the data keys</source>
        <translation>die Datei ist leer: eine CSV- oder TSV-Datei beginnt mit einer Kopfzeile, die die Datenschlüssel benennt</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the server does not import .%1 files. It takes task lists (.json, .jsonl, .csv, .tsv, .txt) and single files of these types: %2.</source>
        <translation>der Server importiert keine .%1-Dateien. Er nimmt Aufgabenlisten (.json, .jsonl, .csv, .tsv, .txt) und einzelne Dateien dieser Typen: %2.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(keine Endung)</translation>
    </message>
    <message>
        <source>the file holds no tasks</source>
        <translation>die Datei enthält keine Aufgaben</translation>
    </message>
    <message>
        <source>no URLs given</source>
        <translation>keine URLs angegeben</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Text lines, URLs and single files go under the config&apos;s only variable, but this config reads %1 (%2). Import a JSON or CSV file with those keys instead.</source>
        <translation>Textzeilen, URLs und einzelne Dateien kommen in die einzige Variable der Konfiguration, aber diese Konfiguration liest %1 (%2). Importieren Sie stattdessen eine JSON- oder CSV-Datei mit diesen Schlüsseln.</translation>
    </message>
</context>
<context>
    <name>lsdesk::import::ImportJob</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>There are no tasks to import.</source>
        <translation>Es gibt keine Aufgaben zum Importieren.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the upload: %1</source>
        <translation>Es konnte kein temporärer Ordner für das Hochladen erstellt werden: %1</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The %n completed request(s) created %1 task(s); they stay in the project.</source>
        <translation>
            <numerusform>Die %n abgeschlossene Anfrage hat %1 Aufgabe(n) erstellt; sie bleiben im Projekt.</numerusform>
            <numerusform>Die %n abgeschlossenen Anfragen haben %1 Aufgabe(n) erstellt; sie bleiben im Projekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request in progress may have reached the server: check the project&apos;s task count.</source>
        <translation>Die laufende Anfrage hat den Server möglicherweise erreicht: prüfen Sie die Anzahl der Aufgaben des Projekts.</translation>
    </message>
    <message>
        <source>request %1 of %2</source>
        <translation>Anfrage %1 von %2</translation>
    </message>
    <message>
        <source>Could not write the request to %1: %2</source>
        <translation>Die Anfrage konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server (or a proxy in front of it) refuses a request of %1 bytes, and it holds a single task that cannot be split further. Raise the server&apos;s upload limit (DATA_UPLOAD_MAX_MEMORY_SIZE, or the proxy&apos;s) or make that task smaller.</source>
        <translation>Der Server (oder ein vorgeschalteter Proxy) lehnt eine Anfrage mit %1 Bytes ab, und sie enthält eine einzelne Aufgabe, die sich nicht weiter teilen lässt. Erhöhen Sie das Upload-Limit des Servers (DATA_UPLOAD_MAX_MEMORY_SIZE oder das des Proxys) oder verkleinern Sie diese Aufgabe.</translation>
    </message>
    <message>
        <source>The server&apos;s reply to the import is not what Label Studio sends: %1</source>
        <translation>Die Antwort des Servers auf den Import entspricht nicht dem, was Label Studio sendet: %1</translation>
    </message>
    <message>
        <source>The server reports that the import failed, without a reason.</source>
        <translation>Der Server meldet, dass der Import fehlgeschlagen ist, ohne Grund.</translation>
    </message>
    <message>
        <source>The import stopped at %1.</source>
        <translation>Der Import stoppte bei %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n request(s) before it created %1 task(s); they stay in the project.</source>
        <translation>
            <numerusform>Die %n Anfrage davor hat %1 Aufgabe(n) erstellt; sie bleiben im Projekt.</numerusform>
            <numerusform>Die %n Anfragen davor haben %1 Aufgabe(n) erstellt; sie bleiben im Projekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>lsdesk::import::ImportSource</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TSV</source>
        <translation>TSV</translation>
    </message>
    <message>
        <source>Text lines</source>
        <translation>Textzeilen</translation>
    </message>
    <message>
        <source>File (one task)</source>
        <translation>Datei (eine Aufgabe)</translation>
    </message>
    <message>
        <source>URLs (downloaded by the server)</source>
        <translation>URLs (vom Server heruntergeladen)</translation>
    </message>
</context>
<context>
    <name>lsdesk::import::RangeHandler</name>
    <message>
        <source>task %1: &quot;data&quot; must be a JSON object with the task&apos;s data</source>
        <translation>Aufgabe %1: „data“ muss ein JSON-Objekt mit den Daten der Aufgabe sein</translation>
    </message>
    <message>
        <source>the file holds a single value, not tasks: a task is a JSON object</source>
        <translation>die Datei enthält einen einzelnen Wert, keine Aufgaben: eine Aufgabe ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>task %1 is not a JSON object</source>
        <translation>Aufgabe %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>task %1 is a list, not a JSON object</source>
        <translation>Aufgabe %1 ist eine Liste, kein JSON-Objekt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>lsdesk::preview::LabelChip</name>
    <message>
        <source>%1 (hotkey %2)</source>
        <translation>%1 (Tastenkürzel %2)</translation>
    </message>
</context>
<context>
    <name>lsdesk::preview::PreviewBuilder</name>
    <message>
        <source>Quick Filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Element %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weiteres)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Kanäle: %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>The preview does not play audio</source>
        <translation>Die Vorschau spielt kein Audio ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiteres</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Alias: %1</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>The %1 drawing tool</source>
        <translation>Das Zeichenwerkzeug %1</translation>
    </message>
</context>
<context>
    <name>lsdesk::preview::RatingStars</name>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>lsdesk::specjson</name>
    <message>
        <source>The spec is not valid JSON: it contains a NUL byte (at byte %1).</source>
        <translation>Die Spezifikation ist kein gültiges JSON: sie enthält ein NUL-Byte (bei Byte %1).</translation>
    </message>
    <message>
        <source>The spec is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Spezifikation ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
</context>
<context>
    <name>lsdesk::specjson::TreeHandler</name>
    <message>
        <source>The spec is nested more than %1 levels deep.</source>
        <translation>Die Spezifikation ist mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>A string contains a lone UTF-16 surrogate (\udc00-\udfff), which is not a character.</source>
        <translation>Eine Zeichenkette enthält ein einzelnes UTF-16-Surrogat (\udc00-\udfff), das kein Zeichen ist.</translation>
    </message>
</context>
<context>
    <name>lsdesk::xmlscan::Tokenizer</name>
    <message>
        <source>Premature end of document.</source>
        <translation>Vorzeitiges Ende des Dokuments.</translation>
    </message>
    <message>
        <source>Premature end of document: the %1 at line %2, column %3 is not closed.</source>
        <translation>Vorzeitiges Ende des Dokuments: %1 in Zeile %2, Spalte %3 ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>Invalid XML character.</source>
        <translation>Ungültiges XML-Zeichen.</translation>
    </message>
    <message>
        <source>Invalid XML name.</source>
        <translation>Ungültiger XML-Name.</translation>
    </message>
    <message>
        <source>Expected a name, found &apos;%1&apos;.</source>
        <translation>Name erwartet, gefunden: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Invalid XML name &apos;%1&apos;.</source>
        <translation>Ungültiger XML-Name &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Expected &apos;%1&apos;, found &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; erwartet, gefunden: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Invalid character reference.</source>
        <translation>Ungültige Zeichenreferenz.</translation>
    </message>
    <message>
        <source>Character reference out of range.</source>
        <translation>Zeichenreferenz außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Character reference %1 is not a valid XML character.</source>
        <translation>Zeichenreferenz %1 ist kein gültiges XML-Zeichen.</translation>
    </message>
    <message>
        <source>Expected &apos;;&apos; after the entity name.</source>
        <translation>&apos;;&apos; nach dem Entitätsnamen erwartet.</translation>
    </message>
    <message>
        <source>Entity &apos;%1&apos; not declared.</source>
        <translation>Entität &apos;%1&apos; nicht deklariert.</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; is not allowed in attribute values.</source>
        <translation>&apos;&lt;&apos; ist in Attributwerten nicht erlaubt.</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&apos;--&apos; is not allowed in a comment.</source>
        <translation>&apos;--&apos; ist in einem Kommentar nicht erlaubt.</translation>
    </message>
    <message>
        <source>processing instruction</source>
        <translation>Verarbeitungsanweisung</translation>
    </message>
    <message>
        <source>XML declaration not at start of document.</source>
        <translation>XML-Deklaration nicht am Anfang des Dokuments.</translation>
    </message>
    <message>
        <source>Expected white space after the processing instruction target.</source>
        <translation>Leerraum nach dem Ziel der Verarbeitungsanweisung erwartet.</translation>
    </message>
    <message>
        <source>XML declaration</source>
        <translation>XML-Deklaration</translation>
    </message>
    <message>
        <source>Expected &apos;%1&apos; in the XML declaration.</source>
        <translation>&apos;%1&apos; in der XML-Deklaration erwartet.</translation>
    </message>
    <message>
        <source>Expected white space in the XML declaration.</source>
        <translation>Leerraum in der XML-Deklaration erwartet.</translation>
    </message>
    <message>
        <source>Expected a quoted value in the XML declaration.</source>
        <translation>Wert in Anführungszeichen in der XML-Deklaration erwartet.</translation>
    </message>
    <message>
        <source>Unterminated value in the XML declaration.</source>
        <translation>Nicht abgeschlossener Wert in der XML-Deklaration.</translation>
    </message>
    <message>
        <source>Unsupported XML version.</source>
        <translation>Nicht unterstützte XML-Version.</translation>
    </message>
    <message>
        <source>%1 is an invalid encoding name.</source>
        <translation>%1 ist ein ungültiger Kodierungsname.</translation>
    </message>
    <message>
        <source>Standalone accepts only yes or no.</source>
        <translation>Standalone akzeptiert nur yes oder no.</translation>
    </message>
    <message>
        <source>Expected &apos;?&gt;&apos; to end the XML declaration.</source>
        <translation>&apos;?&gt;&apos; zum Abschluss der XML-Deklaration erwartet.</translation>
    </message>
</context>
<context>
    <name>pd</name>
    <message>
        <source>result item %1 has a &apos;type&apos; that is not a string: %2</source>
        <translation>Ergebniselement %1 hat einen &apos;type&apos;, der keine Zeichenkette ist: %2</translation>
    </message>
</context>
</TS>
