<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>CertificateFile</name>
    <message>
      <source>Cannot read %1.</source>
      <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>The PFX file could not be opened: it is damaged or the passphrase is wrong.</source>
      <translation>Die PFX-Datei konnte nicht geöffnet werden: Sie ist beschädigt oder die Passphrase ist falsch.</translation>
    </message>
    <message>
      <source>%1 does not contain a PEM certificate.</source>
      <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
      <source>No private key was found, or its passphrase is wrong.</source>
      <translation>Es wurde kein privater Schlüssel gefunden, oder seine Passphrase ist falsch.</translation>
    </message>
    <message>
      <source>The certificate expired on %1.</source>
      <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>confabd is not running.</source>
      <translation>confabd läuft nicht.</translation>
    </message>
    <message>
      <source>confabd refused the connection.</source>
      <translation>confabd hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
      <source>You may not open the control socket.</source>
      <translation>Sie dürfen den Steuer-Socket nicht öffnen.</translation>
    </message>
    <message>
      <source>confabd reported an error: {code}</source>
      <translation>confabd meldet einen Fehler: {code}</translation>
    </message>
    <message>
      <source>Only requests may be sent to confabd.</source>
      <translation>An confabd dürfen nur Anfragen gesendet werden.</translation>
    </message>
    <message>
      <source>Cannot create the control socket directory {path}.</source>
      <translation>Das Verzeichnis des Steuer-Sockets {path} kann nicht angelegt werden.</translation>
    </message>
    <message>
      <source>Another confabd is already listening on {path}.</source>
      <translation>Ein anderer confabd lauscht bereits auf {path}.</translation>
    </message>
    <message>
      <source>Cannot listen on the control socket {path}: {reason}</source>
      <translation>Auf dem Steuer-Socket {path} kann nicht gelauscht werden: {reason}</translation>
    </message>
    <message>
      <source>Authenticate with the admin password first.</source>
      <translation>Melden Sie sich zuerst mit dem Admin-Passwort an.</translation>
    </message>
    <message>
      <source>There is no method {method}.</source>
      <translation>Es gibt keine Methode {method}.</translation>
    </message>
    <message>
      <source>No admin password is set yet; run the setup first.</source>
      <translation>Es ist noch kein Admin-Passwort gesetzt; führen Sie zuerst die Einrichtung aus.</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>Das Admin-Passwort ist falsch.</translation>
    </message>
    <message>
      <source>The server is already set up.</source>
      <translation>Der Server ist bereits eingerichtet.</translation>
    </message>
    <message>
      <source>The text is not a PEM-encoded X.509 certificate.</source>
      <translation>Der Text ist kein PEM-kodiertes X.509-Zertifikat.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
      <source>The private key is missing, encrypted or does not belong to the certificate.</source>
      <translation>Der private Schlüssel fehlt, ist verschlüsselt oder gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
      <source>There is no setting {key}.</source>
      <translation>Es gibt keine Einstellung {key}.</translation>
    </message>
    <message>
      <source>There is no routing rule {id}.</source>
      <translation>Es gibt keine Routing-Regel {id}.</translation>
    </message>
    <message>
      <source>There is no session {id}.</source>
      <translation>Es gibt keine Sitzung {id}.</translation>
    </message>
    <message>
      <source>There is no trusted certificate {id}.</source>
      <translation>Es gibt kein vertrauenswürdiges Zertifikat {id}.</translation>
    </message>
    <message>
      <source>There is no account {jid}.</source>
      <translation>Es gibt kein Konto {jid}.</translation>
    </message>
    <message>
      <source>The parameter {param} is missing or invalid.</source>
      <translation>Der Parameter {param} fehlt oder ist ungültig.</translation>
    </message>
    <message>
      <source>{domain} is not a valid domain name.</source>
      <translation>{domain} ist kein gültiger Domänenname.</translation>
    </message>
    <message>
      <source>The domain {domain} is not hosted on this server.</source>
      <translation>Die Domäne {domain} wird auf diesem Server nicht betrieben.</translation>
    </message>
    <message>
      <source>{jid} is not a valid user address (user@domain).</source>
      <translation>{jid} ist keine gültige Benutzeradresse (user@domain).</translation>
    </message>
    <message>
      <source>The password is empty or contains characters that are not allowed</source>
      <translation>Das Passwort ist leer oder enthält unzulässige Zeichen</translation>
    </message>
    <message>
      <source>Account {user}@{domain} does not exist</source>
      <translation>Das Konto {user}@{domain} existiert nicht</translation>
    </message>
    <message>
      <source>Domain {domain} does not exist</source>
      <translation>Die Domäne {domain} existiert nicht</translation>
    </message>
    <message>
      <source>Account {user}@{domain} already exists</source>
      <translation>Das Konto {user}@{domain} existiert bereits</translation>
    </message>
    <message>
      <source>The admin password must have at least {min} characters and no control characters</source>
      <translation>Das Admin-Passwort muss mindestens {min} Zeichen und keine Steuerzeichen enthalten</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>Die Datenbank {path} kann nicht geöffnet werden: {detail}</translation>
    </message>
    <message>
      <source>The domain name is empty</source>
      <translation>Der Domänenname ist leer</translation>
    </message>
    <message>
      <source>Domain {domain} already exists</source>
      <translation>Die Domäne {domain} existiert bereits</translation>
    </message>
    <message>
      <source>Invalid value for setting {key}</source>
      <translation>Ungültiger Wert für die Einstellung {key}</translation>
    </message>
    <message>
      <source>Database migration {version} failed: {detail}</source>
      <translation>Datenbankmigration {version} fehlgeschlagen: {detail}</translation>
    </message>
    <message>
      <source>The database has schema version {version}, newer than this program supports ({supported})</source>
      <translation>Die Datenbank hat die Schemaversion {version}, neuer als dieses Programm unterstützt ({supported})</translation>
    </message>
    <message>
      <source>Offline storage for {user}@{domain} is full ({limit} messages)</source>
      <translation>Der Offline-Speicher für {user}@{domain} ist voll ({limit} Nachrichten)</translation>
    </message>
    <message>
      <source>{contact} is not in the roster of {user}@{domain}</source>
      <translation>{contact} ist nicht in der Kontaktliste von {user}@{domain}</translation>
    </message>
    <message>
      <source>Routing rule {id} does not exist</source>
      <translation>Die Routing-Regel {id} existiert nicht</translation>
    </message>
    <message>
      <source>{pattern} is not a valid domain pattern</source>
      <translation>{pattern} ist kein gültiges Domänenmuster</translation>
    </message>
    <message>
      <source>Unknown routing action {action}</source>
      <translation>Unbekannte Routing-Aktion {action}</translation>
    </message>
    <message>
      <source>A relay rule needs a relay host</source>
      <translation>Eine Weiterleitungsregel braucht einen Relay-Host</translation>
    </message>
    <message>
      <source>{host} is not a valid relay host</source>
      <translation>{host} ist kein gültiger Relay-Host</translation>
    </message>
    <message>
      <source>{port} is not a valid port</source>
      <translation>{port} ist kein gültiger Port</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Datenbankfehler: {detail}</translation>
    </message>
    <message>
      <source>The database is not open</source>
      <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
      <source>TLS is already required for {pattern}</source>
      <translation>TLS ist für {pattern} bereits vorgeschrieben</translation>
    </message>
    <message>
      <source>TLS is not required for {pattern}</source>
      <translation>TLS ist für {pattern} nicht vorgeschrieben</translation>
    </message>
    <message>
      <source>The CA certificate is not in PEM format</source>
      <translation>Das CA-Zertifikat ist nicht im PEM-Format</translation>
    </message>
    <message>
      <source>Trusted CA certificate {id} does not exist</source>
      <translation>Das vertrauenswürdige CA-Zertifikat {id} existiert nicht</translation>
    </message>
    <message>
      <source>A line is longer than {max} bytes</source>
      <translation>Eine Zeile ist länger als {max} Bytes</translation>
    </message>
    <message>
      <source>Not connected to confabd</source>
      <translation>Nicht mit confabd verbunden</translation>
    </message>
    <message>
      <source>confabd did not answer within {ms} ms</source>
      <translation>confabd hat nicht innerhalb von {ms} ms geantwortet</translation>
    </message>
    <message>
      <source>The connection to confabd was lost</source>
      <translation>Die Verbindung zu confabd ist abgebrochen</translation>
    </message>
    <message>
      <source>The message is neither a request, a response nor an event</source>
      <translation>Die Nachricht ist weder Anfrage noch Antwort noch Ereignis</translation>
    </message>
    <message>
      <source>The line is not valid JSON: {reason}</source>
      <translation>Die Zeile ist kein gültiges JSON: {reason}</translation>
    </message>
    <message>
      <source>{name} must be true or false</source>
      <translation>{name} muss true oder false sein</translation>
    </message>
    <message>
      <source>{name} must be a whole number from {min} to {max}</source>
      <translation>{name} muss eine ganze Zahl von {min} bis {max} sein</translation>
    </message>
    <message>
      <source>{name}: {value} is not an IP address</source>
      <translation>{name}: {value} ist keine IP-Adresse</translation>
    </message>
    <message>
      <source>{name}: {value} must name a file inside the data directory</source>
      <translation>{name}: {value} muss eine Datei im Datenverzeichnis bezeichnen</translation>
    </message>
    <message>
      <source>{name}: {value} is not a valid XMPP address</source>
      <translation>{name}: {value} ist keine gültige XMPP-Adresse</translation>
    </message>
    <message>
      <source>{name} must be text</source>
      <translation>{name} muss Text sein</translation>
    </message>
    <message>
      <source>{name} must be a list of non-empty texts</source>
      <translation>{name} muss eine Liste nicht leerer Texte sein</translation>
    </message>
    <message>
      <source>{value} is not allowed in {name}; allowed: {choices}</source>
      <translation>{value} ist in {name} nicht erlaubt; erlaubt: {choices}</translation>
    </message>
    <message>
      <source>{name} must be one of: {choices}</source>
      <translation>{name} muss eines der folgenden sein: {choices}</translation>
    </message>
    <message>
      <source>There is no setting {name}</source>
      <translation>Es gibt keine Einstellung {name}</translation>
    </message>
  </context>
  <context>
    <name>LogCatalog</name>
    <message>
      <source>confabd {version} started, data directory {dataDir}</source>
      <translation>confabd {version} gestartet, Datenverzeichnis {dataDir}</translation>
    </message>
    <message>
      <source>confabd stopping ({reason})</source>
      <translation>confabd wird beendet ({reason})</translation>
    </message>
    <message>
      <source>Listening on {address}:{port} ({kind})</source>
      <translation>Lausche auf {address}:{port} ({kind})</translation>
    </message>
    <message>
      <source>Cannot listen on {address}:{port} ({kind}): {reason}</source>
      <translation>Kann nicht auf {address}:{port} ({kind}) lauschen: {reason}</translation>
    </message>
    <message>
      <source>Connection from {address}</source>
      <translation>Verbindung von {address}</translation>
    </message>
    <message>
      <source>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Verbindung von {address} geschlossen ({jid}; {bytesIn} Bytes empfangen, {bytesOut} Bytes gesendet)</translation>
    </message>
    <message>
      <source>TLS established ({protocol}, {cipher})</source>
      <translation>TLS aufgebaut ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{jid} authenticated with {mechanism}</source>
      <translation>{jid} hat sich mit {mechanism} angemeldet</translation>
    </message>
    <message>
      <source>Authentication failed for {user} from {address}: {reason}</source>
      <translation>Anmeldung von {user} von {address} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <source>Resource bound: {jid}</source>
      <translation>Ressource gebunden: {jid}</translation>
    </message>
    <message>
      <source>Stream error {condition} sent to {address} ({jid}): {text}</source>
      <translation>Stream-Fehler {condition} an {address} ({jid}) gesendet: {text}</translation>
    </message>
    <message>
      <source>Connection from {address} refused: the limit of {limit} concurrent connections is reached</source>
      <translation>Verbindung von {address} abgelehnt: die Grenze von {limit} gleichzeitigen Verbindungen ist erreicht</translation>
    </message>
    <message>
      <source>Connection from {address} refused: more than {limit} connections from it within a minute</source>
      <translation>Verbindung von {address} abgelehnt: mehr als {limit} Verbindungen von dort innerhalb einer Minute</translation>
    </message>
    <message>
      <source>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</source>
      <translation>Verbindung von {address} abgebrochen: die Gegenstelle liest nicht, was ihr gesendet wird ({bytes} Bytes warten)</translation>
    </message>
    <message>
      <source>Account {jid} created in-band from {address}</source>
      <translation>Konto {jid} per Client von {address} angelegt</translation>
    </message>
    <message>
      <source>In-band registration of "{user}" on {domain} from {address} refused: {reason}</source>
      <translation>Registrierung von „{user}“ auf {domain} von {address} abgelehnt: {reason}</translation>
    </message>
    <message>
      <source>{jid} changed its password in-band</source>
      <translation>{jid} hat sein Passwort per Client geändert</translation>
    </message>
    <message>
      <source>In-band password change of {jid} refused: {reason}</source>
      <translation>Passwortänderung von {jid} per Client abgelehnt: {reason}</translation>
    </message>
    <message>
      <source>{jid} removed its account in-band</source>
      <translation>{jid} hat sein Konto per Client gelöscht</translation>
    </message>
    <message>
      <source>In-band removal of the account {jid} failed: {reason}</source>
      <translation>Löschen des Kontos {jid} per Client fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <source>Control connection opened</source>
      <translation>Steuerverbindung geöffnet</translation>
    </message>
    <message>
      <source>Control connection failed to authenticate: wrong admin password ({failures} in a row)</source>
      <translation>Steuerverbindung konnte sich nicht anmelden: falsches Admin-Passwort ({failures} in Folge)</translation>
    </message>
    <message>
      <source>Control connection authenticated</source>
      <translation>Steuerverbindung angemeldet</translation>
    </message>
    <message>
      <source>First-run setup completed for domain {domain}</source>
      <translation>Ersteinrichtung für die Domäne {domain} abgeschlossen</translation>
    </message>
    <message>
      <source>Control connection closed</source>
      <translation>Steuerverbindung geschlossen</translation>
    </message>
    <message>
      <source>Control socket listening on {path}</source>
      <translation>Steuer-Socket lauscht auf {path}</translation>
    </message>
    <message>
      <source>First-run setup: admin password set</source>
      <translation>Ersteinrichtung: Admin-Passwort gesetzt</translation>
    </message>
    <message>
      <source>Admin added the domain {domain}</source>
      <translation>Admin hat die Domäne {domain} hinzugefügt</translation>
    </message>
    <message>
      <source>Admin removed the domain {domain} and its accounts</source>
      <translation>Admin hat die Domäne {domain} samt Konten entfernt</translation>
    </message>
    <message>
      <source>Admin set {key} = {value} for the domain {domain}</source>
      <translation>Admin hat {key} = {value} für die Domäne {domain} gesetzt</translation>
    </message>
    <message>
      <source>Admin reset {key} to its default for the domain {domain}</source>
      <translation>Admin hat {key} für die Domäne {domain} auf den Standardwert zurückgesetzt</translation>
    </message>
    <message>
      <source>Admin added the account {jid}</source>
      <translation>Admin hat das Konto {jid} angelegt</translation>
    </message>
    <message>
      <source>Admin changed the password of {jid}</source>
      <translation>Admin hat das Passwort von {jid} geändert</translation>
    </message>
    <message>
      <source>Admin removed the account {jid}</source>
      <translation>Admin hat das Konto {jid} gelöscht</translation>
    </message>
    <message>
      <source>Admin disabled the account {jid}</source>
      <translation>Admin hat das Konto {jid} gesperrt</translation>
    </message>
    <message>
      <source>Admin enabled the account {jid}</source>
      <translation>Admin hat das Konto {jid} freigegeben</translation>
    </message>
    <message>
      <source>Admin set the global setting {key} = {value}</source>
      <translation>Admin hat die globale Einstellung {key} = {value} gesetzt</translation>
    </message>
    <message>
      <source>Admin reset the global setting {key} to its default</source>
      <translation>Admin hat die globale Einstellung {key} auf den Standardwert zurückgesetzt</translation>
    </message>
    <message>
      <source>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>Admin hat die Routing-Regel {id} hinzugefügt: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>Admin hat die Routing-Regel {id} geändert: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin removed routing rule {id} ({pattern})</source>
      <translation>Admin hat die Routing-Regel {id} entfernt ({pattern})</translation>
    </message>
    <message>
      <source>Admin moved routing rule {id} to position {position}</source>
      <translation>Admin hat die Routing-Regel {id} an Position {position} verschoben</translation>
    </message>
    <message>
      <source>Admin required TLS with a valid certificate for {pattern}</source>
      <translation>Admin schreibt TLS mit gültigem Zertifikat für {pattern} vor</translation>
    </message>
    <message>
      <source>Admin no longer requires TLS for {pattern}</source>
      <translation>Admin schreibt TLS für {pattern} nicht mehr vor</translation>
    </message>
    <message>
      <source>Admin trusted the CA certificate {id}: {subject}</source>
      <translation>Admin vertraut dem CA-Zertifikat {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin removed the trusted CA certificate {id}: {subject}</source>
      <translation>Admin hat das vertrauenswürdige CA-Zertifikat {id} entfernt: {subject}</translation>
    </message>
    <message>
      <source>Admin imported a certificate for {domain}: {subject}, valid until {expires}</source>
      <translation>Admin hat ein Zertifikat für {domain} importiert: {subject}, gültig bis {expires}</translation>
    </message>
    <message>
      <source>Admin disconnected the session {id}</source>
      <translation>Admin hat die Sitzung {id} getrennt</translation>
    </message>
    <message>
      <source>Database opened: {path}</source>
      <translation>Datenbank geöffnet: {path}</translation>
    </message>
    <message>
      <source>Database migrated from schema version {from} to {to}</source>
      <translation>Datenbank von Schemaversion {from} auf {to} migriert</translation>
    </message>
    <message>
      <source>Database error in {operation}: {reason}</source>
      <translation>Datenbankfehler in {operation}: {reason}</translation>
    </message>
    <message>
      <source>Roster or offline storage failed for {jid}: {reason}</source>
      <translation>Kontaktliste oder Offline-Speicher für {jid} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <source>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</source>
      <translation>Der Offline-Speicher von {jid} ist voll ({limit} Nachrichten): eine Nachricht von {from} wurde abgelehnt</translation>
    </message>
    <message>
      <source>Generated a self-signed certificate for {domain}, valid until {expires}</source>
      <translation>Selbstsigniertes Zertifikat für {domain} erzeugt, gültig bis {expires}</translation>
    </message>
    <message>
      <source>Loaded the certificate for {domain} from {path}, valid until {expires}</source>
      <translation>Zertifikat für {domain} aus {path} geladen, gültig bis {expires}</translation>
    </message>
    <message>
      <source>Certificate for {domain} unusable: {reason}</source>
      <translation>Zertifikat für {domain} unbrauchbar: {reason}</translation>
    </message>
    <message>
      <source>Connecting to {domain} at {host} ({address}) port {port}</source>
      <translation>Verbinde mit {domain} über {host} ({address}) Port {port}</translation>
    </message>
    <message>
      <source>Could not connect to {domain} at {host} port {port}</source>
      <translation>Verbindung mit {domain} über {host} Port {port} fehlgeschlagen</translation>
    </message>
    <message>
      <source>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</source>
      <translation>TLS mit {domain} aufgebaut ({protocol}, {cipher}); Zertifikat: {certificate}</translation>
    </message>
    <message>
      <source>{from} authenticated to {to} with {method}</source>
      <translation>{from} hat sich bei {to} mit {method} angemeldet</translation>
    </message>
    <message>
      <source>{to} refused SASL EXTERNAL for {from}; trying dialback</source>
      <translation>{to} hat SASL EXTERNAL für {from} abgelehnt; versuche Dialback</translation>
    </message>
    <message>
      <source>{to} answered dialback for {from} with {type}</source>
      <translation>{to} hat den Dialback für {from} mit {type} beantwortet</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} failed: {reason}</source>
      <translation>Server-zu-Server-Verbindung zu {domain} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} closed</source>
      <translation>Server-zu-Server-Verbindung zu {domain} geschlossen</translation>
    </message>
    <message>
      <source>Returned a stanza from {from} to {to} with {condition}: {reason}</source>
      <translation>Eine Stanza von {from} an {to} wurde mit {condition} zurückgeschickt: {reason}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from} to {to})</source>
      <translation>Server-Verbindung von {address} ({from} an {to})</translation>
    </message>
    <message>
      <source>TLS with {from} established ({protocol}, {cipher})</source>
      <translation>TLS mit {from} aufgebaut ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{from} authenticated for {to} with {method}</source>
      <translation>{from} hat sich für {to} mit {method} angemeldet</translation>
    </message>
    <message>
      <source>Refused {from} for {to}: {reason}</source>
      <translation>{from} für {to} abgelehnt: {reason}</translation>
    </message>
    <message>
      <source>Dialback key check from {from} for {to}: valid {valid}</source>
      <translation>Dialback-Schlüsselprüfung von {from} für {to}: gültig {valid}</translation>
    </message>
    <message>
      <source>Server stream from {address} ({domain}) ended with {condition}: {text}</source>
      <translation>Server-Stream von {address} ({domain}) endete mit {condition}: {text}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Server-Verbindung von {address} ({from}) geschlossen ({bytesIn} Bytes empfangen, {bytesOut} Bytes gesendet)</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</source>
      <translation>Bytes, die confabd für eine Verbindung zurückhält, deren Gegenstelle nicht liest; darüber hinaus wird die Verbindung geschlossen, damit ein Client, der nicht mehr liest, den Server nicht unbegrenzt Daten puffern lässt.</translation>
    </message>
    <message>
      <source>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</source>
      <translation>Neue Verbindungen, die eine Netzwerkadresse (ein IPv6-/64-Netz zählt als eine) innerhalb einer Minute öffnen darf; weitere werden mit dem Stream-Fehler resource-constraint abgelehnt. 0 hebt die Grenze auf.</translation>
    </message>
    <message>
      <source>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</source>
      <translation>Stanzas pro Sekunde, die eine Client-Verbindung senden darf (Spitzen mit doppelt so vielen sind erlaubt); ein schnellerer Client wird gebremst, indem sein Stream später gelesen wird, ohne andere zu beeinträchtigen. 0 hebt die Grenze auf.</translation>
    </message>
    <message>
      <source>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</source>
      <translation>Höchstzahl der Attribute (Namensraum-Deklarationen eingeschlossen) eines XML-Elements; ein Element mit mehr wird wie eine zu große Stanza behandelt.</translation>
    </message>
    <message>
      <source>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</source>
      <translation>Längster akzeptierter Attributwert in Zeichen; ein längerer wird wie eine zu große Stanza behandelt.</translation>
    </message>
    <message>
      <source>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</source>
      <translation>Höchstzahl der Kontakte im Roster eines Kontos; weitere hinzuzufügen wird mit dem Fehler resource-constraint abgelehnt.</translation>
    </message>
    <message>
      <source>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</source>
      <translation>Längste Anfrage in Bytes, die der Manager oder confabctl über den Steuer-Socket senden darf (ein Zertifikatsimport überträgt die PEM-Dateien, meist wenige Kilobyte). Eine längere Anfrage wird mit einem Fehler beantwortet; die Verbindung bleibt nutzbar. Gilt für danach geöffnete Steuerverbindungen.</translation>
    </message>
    <message>
      <source>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</source>
      <translation>Höchstzahl gleichzeitiger Verbindungen (Clients und Server zusammen). Weitere Verbindungen werden abgelehnt, bis andere geschlossen werden.</translation>
    </message>
    <message>
      <source>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</source>
      <translation>Threads, die die Netzwerkarbeit der Verbindungen (Lesen, Schreiben, TLS-Verschlüsselung) neben dem Hauptthread erledigen, der die XMPP-Seite bearbeitet. -1 wählt selbst: einen für jeden Prozessor über den ersten hinaus, höchstens 4, und keinen auf einem einzelnen Prozessor. 0 erledigt alles im Hauptthread. Wirkt nach einem Neustart von confabd.</translation>
    </message>
    <message>
      <source>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</source>
      <translation>Wie viel confabd protokolliert: nothing – nichts; major – Start, Stopp, Ausfälle eines ganzen Dienstes; problems – auch Fehler, die ein Client, ein anderer Server oder die Konfiguration verursacht; low – auch Verbindungen, Anmeldungen und Routing-Entscheidungen; all – auch jede Stanza.</translation>
    </message>
    <message>
      <source>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</source>
      <translation>IP-Adresse, an die sich die XMPP-Dienste binden. "::" bedeutet alle IPv4- und IPv6-Adressen dieses Rechners, "0.0.0.0" nur alle IPv4-Adressen; oder geben Sie eine Adresse dieses Rechners an.</translation>
    </message>
    <message>
      <source>TCP port for client connections (STARTTLS).</source>
      <translation>TCP-Port für Client-Verbindungen (STARTTLS).</translation>
    </message>
    <message>
      <source>TCP port for connections from other XMPP servers.</source>
      <translation>TCP-Port für Verbindungen von anderen XMPP-Servern.</translation>
    </message>
    <message>
      <source>TCP port for client connections that start with TLS directly (XEP-0368).</source>
      <translation>TCP-Port für Client-Verbindungen, die direkt mit TLS beginnen (XEP-0368).</translation>
    </message>
    <message>
      <source>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</source>
      <translation>Clients müssen TLS aufbauen, bevor sie sich anmelden. Ist dies aus, gehen Passwörter und Nachrichten unverschlüsselt über das Netz; nur für Tests in einem vertrauenswürdigen Netz.</translation>
    </message>
    <message>
      <source>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</source>
      <translation>Größte angenommene Stanza in Bytes. Ein Client oder Server, der eine größere sendet, erhält einen Stream-Fehler policy-violation und wird getrennt.</translation>
    </message>
    <message>
      <source>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</source>
      <translation>Tiefste angenommene Verschachtelung von XML-Elementen in einem Stream; tiefere Eingaben werden wie eine zu große Stanza behandelt.</translation>
    </message>
    <message>
      <source>Seconds a new client connection has to authenticate before it is closed.</source>
      <translation>Sekunden, die eine neue Client-Verbindung zur Anmeldung hat, bevor sie geschlossen wird.</translation>
    </message>
    <message>
      <source>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</source>
      <translation>Sekunden ohne Daten von einem angemeldeten Client, nach denen seine Verbindung geschlossen wird (Clients senden Keep-alives deutlich häufiger).</translation>
    </message>
    <message>
      <source>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</source>
      <translation>Millisekunden Wartezeit vor der Antwort auf eine fehlgeschlagene Anmeldung, um das Erraten von Passwörtern zu bremsen.</translation>
    </message>
    <message>
      <source>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</source>
      <translation>Sekunden ohne Verkehr, nach denen eine Verbindung zu oder von einem anderen Server geschlossen wird; sie wird bei Bedarf neu geöffnet.</translation>
    </message>
    <message>
      <source>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</source>
      <translation>Sekunden, die Stanzas für eine entfernte Domäne warten, während die Verbindung zu ihr aufgebaut wird; danach gehen sie mit einem Fehler an die Absender zurück.</translation>
    </message>
    <message>
      <source>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</source>
      <translation>IP-Adresse des DNS-Servers, mit dem andere XMPP-Server gesucht werden. Leer: die Resolver-Konfiguration des Systems.</translation>
    </message>
    <message>
      <source>Leave the operating system out of software version answers (XEP-0092).</source>
      <translation>Das Betriebssystem in Antworten auf Software-Versionsabfragen weglassen (XEP-0092).</translation>
    </message>
    <message>
      <source>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</source>
      <translation>Nachrichten, die für einen Benutzer aufbewahrt werden, während er offline ist; weitere werden mit einem Fehler an den Absender abgelehnt. 0 schaltet den Offline-Speicher ab.</translation>
    </message>
    <message>
      <source>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</source>
      <translation>Konten, die eine Netzadresse (ein IPv6-/64-Netz zählt als eine) innerhalb einer Stunde auf Domänen mit freier Registrierung per Client anlegen darf; weitere Versuche werden abgelehnt. 0 hebt die Grenze auf.</translation>
    </message>
    <message>
      <source>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</source>
      <translation>Die Domäne wird betrieben. Eine deaktivierte Domäne behält ihre Konten und Daten, nimmt aber keine Anmeldungen und keine Stanzas an.</translation>
    </message>
    <message>
      <source>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</source>
      <translation>Jeder darf von einem XMPP-Client aus ein Konto auf dieser Domäne anlegen (XEP-0077). Lassen Sie dies aus, außer der Server soll öffentlich sein: offene Registrierung zieht Spammer an.</translation>
    </message>
    <message>
      <source>Users may change their own password from their client (XEP-0077).</source>
      <translation>Benutzer dürfen ihr eigenes Passwort vom Client aus ändern (XEP-0077).</translation>
    </message>
    <message>
      <source>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</source>
      <translation>Clients dürfen sich ohne Konto anmelden (SASL ANONYMOUS) und erhalten eine vorübergehende Adresse auf dieser Domäne.</translation>
    </message>
    <message>
      <source>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</source>
      <translation>Auch alte Anmeldeverfahren annehmen: Anmeldung ohne SASL (XEP-0078, jabber:iq:auth), CRAM-MD5 und DIGEST-MD5. Dafür wird jedes Passwort umkehrbar neben den gesalzenen SCRAM-Schlüsseln gespeichert, sodass eine gestohlene Datenbank die Passwörter preisgibt. Passwörter, die gesetzt wurden, während dies aus war, funktionieren mit diesen Verfahren erst, nachdem sie neu gesetzt wurden. Nur für alte Clients einschalten, die kein SCRAM können.</translation>
    </message>
    <message>
      <source>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</source>
      <translation>SASL-Mechanismen, die Clients angeboten werden, bevorzugte zuerst. Die -PLUS-Varianten binden die Anmeldung an die TLS-Verbindung. CRAM-MD5 und DIGEST-MD5 wirken nur mit eingeschaltetem auth.legacy; ANONYMOUS wird über auth.anonymous gesteuert.</translation>
    </message>
    <message>
      <source>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</source>
      <translation>Zusätzliche Adressen in den Service-Discovery-Einträgen dieser Domäne (XEP-0030), etwa ein Gateway oder ein Dienst, der anderswo läuft.</translation>
    </message>
    <message>
      <source>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</source>
      <translation>PEM-Datei mit der Zertifikatskette dieser Domäne, im Datenverzeichnis. Leer: confabd erzeugt ein selbstsigniertes Zertifikat.</translation>
    </message>
    <message>
      <source>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</source>
      <translation>Stanzas, die je Paar aus lokaler und entfernter Domäne warten dürfen, während die Verbindung aufgebaut wird; weitere gehen mit einem Fehler an die Absender zurück.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectPage</name>
    <message>
      <source>Connect to confabd</source>
      <translation>Mit confabd verbinden</translation>
    </message>
    <message>
      <source>The manager talks to the Confab service on this computer through its control socket.</source>
      <translation>Der Manager spricht über den Steuer-Socket mit dem Confab-Dienst auf diesem Rechner.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Durchsuchen…</translation>
    </message>
    <message>
      <source>Control socket:</source>
      <translation>Steuer-Socket:</translation>
    </message>
    <message>
      <source>Admin password:</source>
      <translation>Admin-Passwort:</translation>
    </message>
    <message>
      <source>Remember the password in the system keychain</source>
      <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Verbinden</translation>
    </message>
    <message>
      <source>Choose the control socket</source>
      <translation>Steuer-Socket auswählen</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectionsPage</name>
    <message>
      <source>Connections</source>
      <translation>Verbindungen</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Address (JID or domain)</source>
      <translation>Adresse (JID oder Domäne)</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Verschlüsselung</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>Trennen</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <source>client</source>
      <translation>Client</translation>
    </message>
    <message>
      <source>server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>not yet known</source>
      <translation>noch unbekannt</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>angemeldet</translation>
    </message>
    <message>
      <source>negotiating</source>
      <translation>in Aushandlung</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>Session %1 was disconnected.</source>
      <translation>Sitzung %1 wurde getrennt.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n Tag</numerusform>
        <numerusform>%n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n Stunde</numerusform>
        <numerusform>%n Stunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n Minute</numerusform>
        <numerusform>%n Minuten</numerusform>
      </translation>
    </message>
    <message>
      <source>Listening ports</source>
      <translation>Offene Ports</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Zertifikate</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domäne</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Ausgestellt von</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>running, %1</source>
      <translation>läuft, %1</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>Laufzeit</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>Domänen</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>Benutzerkonten</translation>
    </message>
    <message>
      <source>Open connections</source>
      <translation>Offene Verbindungen</translation>
    </message>
    <message>
      <source>Logged-in sessions</source>
      <translation>Angemeldete Sitzungen</translation>
    </message>
    <message>
      <source>Data directory</source>
      <translation>Datenverzeichnis</translation>
    </message>
    <message>
      <source>clients and servers, direct TLS</source>
      <translation>Clients und Server, direktes TLS</translation>
    </message>
    <message>
      <source>clients and servers (STARTTLS)</source>
      <translation>Clients und Server (STARTTLS)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>selbstsigniert</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>einer Zertifizierungsstelle</translation>
    </message>
    <message>
      <source>The certificate of %1 has expired. Clients and servers will refuse to connect.</source>
      <translation>Das Zertifikat von %1 ist abgelaufen. Clients und Server werden die Verbindung ablehnen.</translation>
    </message>
    <message numerus="yes">
      <source>The certificate of %1 expires in %n day(s).</source>
      <translation>
        <numerusform>Das Zertifikat von %1 läuft in %n Tag ab.</numerusform>
        <numerusform>Das Zertifikat von %1 läuft in %n Tagen ab.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</source>
      <translation>%1 verwendet ein selbstsigniertes Zertifikat: Andere Server und die meisten Clients vertrauen ihm nicht. Importieren Sie auf der Seite „Sicherheit“ eines einer Zertifizierungsstelle.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DomainsPage</name>
    <message>
      <source>Domains</source>
      <translation>Domänen</translation>
    </message>
    <message>
      <source>example.com</source>
      <translation>example.com</translation>
    </message>
    <message>
      <source>Add domain</source>
      <translation>Domäne hinzufügen</translation>
    </message>
    <message>
      <source>Remove domain…</source>
      <translation>Domäne entfernen…</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Änderungen übernehmen</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n user(s))</source>
      <translation>
        <numerusform>%1 (%n Benutzer)</numerusform>
        <numerusform>%1 (%n Benutzer)</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a domain to host it.</source>
      <translation>Fügen Sie eine Domäne hinzu, um sie zu betreiben.</translation>
    </message>
    <message>
      <source>Settings of %1</source>
      <translation>Einstellungen von %1</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>„%1“ ist kein gültiger Domänenname.</translation>
    </message>
    <message>
      <source>%1 is now hosted. confabd created a self-signed certificate for it.</source>
      <translation>%1 wird jetzt betrieben. confabd hat dafür ein selbstsigniertes Zertifikat erzeugt.</translation>
    </message>
    <message>
      <source>Remove domain</source>
      <translation>Domäne entfernen</translation>
    </message>
    <message>
      <source>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</source>
      <translation>%1 nicht mehr betreiben und alle Benutzerkonten löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <source>%1 is no longer hosted.</source>
      <translation>%1 wird nicht mehr betrieben.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Einige Werte sind ungültig und markiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Nichts zu ändern.</translation>
    </message>
    <message>
      <source>The settings of %1 were saved.</source>
      <translation>Die Einstellungen von %1 wurden gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::LogsPage</name>
    <message>
      <source>Logs</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nichts</translation>
    </message>
    <message>
      <source>major</source>
      <translation>wichtig</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>low level</source>
      <translation>niedrige Ebene</translation>
    </message>
    <message>
      <source>detail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>Major events only</source>
      <translation>Nur wichtige Ereignisse</translation>
    </message>
    <message>
      <source>Problems and major events</source>
      <translation>Probleme und wichtige Ereignisse</translation>
    </message>
    <message>
      <source>Also low-level events</source>
      <translation>Auch Ereignisse niedriger Ebene</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Alle Tags</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>Text filtern</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>Mitlaufen</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Verbindung</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>Protokoll exportieren</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>The log was saved to %1.</source>
      <translation>Das Protokoll wurde in %1 gespeichert.</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::MainWindow</name>
    <message>
      <source>Confab Manager</source>
      <translation>Confab Manager</translation>
    </message>
    <message>
      <source>&amp;Server</source>
      <translation>&amp;Server</translation>
    </message>
    <message>
      <source>Connect to another server…</source>
      <translation>Mit anderem Server verbinden…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>About Confab Manager</source>
      <translation>Über Confab Manager</translation>
    </message>
    <message>
      <source>Confab Manager %1: set-up and administration of the Confab XMPP server.</source>
      <translation>Confab Manager %1: Einrichtung und Verwaltung des XMPP-Servers Confab.</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Verbinde mit %1…</translation>
    </message>
    <message>
      <source>Connected to %1. Enter the admin password.</source>
      <translation>Mit %1 verbunden. Geben Sie das Admin-Passwort ein.</translation>
    </message>
    <message>
      <source>The manager reconnects on its own when confabd is back.</source>
      <translation>Der Manager verbindet sich von selbst neu, sobald confabd wieder läuft.</translation>
    </message>
    <message>
      <source>Connected to %1 (%2)</source>
      <translation>Verbunden mit %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::PasswordVault</name>
    <message>
      <source>The system keychain cannot be used (%1). The manager works without it, but asks for the password each time.</source>
      <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1). Der Manager funktioniert ohne ihn, fragt aber jedes Mal nach dem Passwort.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::RoutingPage</name>
    <message>
      <source>Routing</source>
      <translation>Routing</translation>
    </message>
    <message>
      <source>refuse</source>
      <translation>ablehnen</translation>
    </message>
    <message>
      <source>relay to %1</source>
      <translation>weiterleiten an %1</translation>
    </message>
    <message>
      <source>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</source>
      <translation>Verkehr zu anderen Servern geht normalerweise an die Server, die deren DNS nennt. Diese Regeln setzen das außer Kraft: Es entscheidet die erste Regel, deren Muster auf die entfernte Domäne passt. Ziehen Sie Regeln, um ihre Reihenfolge zu ändern. * steht für beliebige Zeichen.</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Muster</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regel</translation>
    </message>
    <message>
      <source>Relay through another server</source>
      <translation>Über einen anderen Server weiterleiten</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Ablehnen</translation>
    </message>
    <message>
      <source>default (5269)</source>
      <translation>Standard (5269)</translation>
    </message>
    <message>
      <source>Remote domain pattern:</source>
      <translation>Muster der entfernten Domäne:</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Aktion:</translation>
    </message>
    <message>
      <source>Relay host:</source>
      <translation>Relay-Host:</translation>
    </message>
    <message>
      <source>Relay port:</source>
      <translation>Relay-Port:</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>Kommentar:</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>Regel hinzufügen</translation>
    </message>
    <message>
      <source>Save selected rule</source>
      <translation>Ausgewählte Regel speichern</translation>
    </message>
    <message>
      <source>Remove selected rule</source>
      <translation>Ausgewählte Regel entfernen</translation>
    </message>
    <message>
      <source>Test a domain</source>
      <translation>Domäne testen</translation>
    </message>
    <message>
      <source>Remote domain, e.g. %1</source>
      <translation>Entfernte Domäne, z. B. %1</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Testen</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>Regel entfernen</translation>
    </message>
    <message>
      <source>Remove the selected rule?</source>
      <translation>Die ausgewählte Regel entfernen?</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Geben Sie einen Domänennamen an, in dem * für beliebige Zeichen steht, z. B. *.example.com.</translation>
    </message>
    <message>
      <source>Give the host name or IP address of the relay server.</source>
      <translation>Geben Sie den Hostnamen oder die IP-Adresse des Relay-Servers an.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Einige Werte sind ungültig und markiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Rule for %1 added.</source>
      <translation>Regel für %1 hinzugefügt.</translation>
    </message>
    <message>
      <source>Select a rule first.</source>
      <translation>Wählen Sie zuerst eine Regel aus.</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>Regel gespeichert.</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>„%1“ ist kein gültiger Domänenname.</translation>
    </message>
    <message>
      <source>%1 matches rule %2 (%3): %4.</source>
      <translation>%1 passt auf Regel %2 (%3): %4.</translation>
    </message>
    <message>
      <source>No rule matches %1: confabd looks up its servers in DNS (SRV records).</source>
      <translation>Keine Regel passt auf %1: confabd sucht dessen Server im DNS (SRV-Einträge).</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SecurityPage</name>
    <message>
      <source>Security</source>
      <translation>Sicherheit</translation>
    </message>
    <message>
      <source>Send encrypted only</source>
      <translation>Nur verschlüsselt senden</translation>
    </message>
    <message>
      <source>confabd talks to these remote domains only over TLS with a valid certificate.</source>
      <translation>Mit diesen entfernten Domänen spricht confabd nur über TLS mit gültigem Zertifikat.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Hinzufügen</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Trusted certificate authorities</source>
      <translation>Vertrauenswürdige Zertifizierungsstellen</translation>
    </message>
    <message>
      <source>Trusted for server-to-server TLS in addition to the system's.</source>
      <translation>Zusätzlich zu denen des Systems für TLS zwischen Servern vertrauenswürdig.</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Inhaber</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Add from file…</source>
      <translation>Aus Datei hinzufügen…</translation>
    </message>
    <message>
      <source>Certificates of the hosted domains</source>
      <translation>Zertifikate der betriebenen Domänen</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domäne</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Ausgestellt von</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <source>Import certificate…</source>
      <translation>Zertifikat importieren…</translation>
    </message>
    <message>
      <source>Trust a CA certificate</source>
      <translation>Einem CA-Zertifikat vertrauen</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>selbstsigniert</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>einer Zertifizierungsstelle</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Geben Sie einen Domänennamen an, in dem * für beliebige Zeichen steht, z. B. *.example.com.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) added.</source>
      <translation>
        <numerusform>%n Zertifikat hinzugefügt.</numerusform>
        <numerusform>%n Zertifikate hinzugefügt.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 now uses the certificate for %2.</source>
      <translation>%1 verwendet jetzt das Zertifikat für %2.</translation>
    </message>
    <message>
      <source>Import certificate</source>
      <translation>Zertifikat importieren</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Datei auswählen</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Zertifikate und Schlüssel (*.pem *.crt *.key *.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Durchsuchen…</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domäne:</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Zertifikat (PEM oder PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Privater Schlüssel (PEM; nicht bei PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Passphrase (PFX oder verschlüsselter Schlüssel):</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::Session</name>
    <message>
      <source>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</source>
      <translation>confabd läuft nicht: Unter %1 gibt es keinen Steuer-Socket. Starten Sie den Confab-Dienst; der Manager verbindet sich, sobald er läuft.</translation>
    </message>
    <message>
      <source>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</source>
      <translation>confabd hat die Verbindung unter %1 abgelehnt. Er wird vielleicht gerade beendet oder gestartet; der Manager versucht es weiter.</translation>
    </message>
    <message>
      <source>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</source>
      <translation>Sie dürfen %1 nicht öffnen. Nehmen Sie Ihren Benutzer in die Gruppe "confab" auf (und melden Sie sich neu an) oder starten Sie den Manager als Benutzer von confabd.</translation>
    </message>
    <message>
      <source>The connection to confabd was lost. Reconnecting…</source>
      <translation>Die Verbindung zu confabd ist abgebrochen. Verbinde neu…</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>Das Admin-Passwort ist falsch.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsForm</name>
    <message>
      <source>Outgoing server queue (stanzas)</source>
      <translation>Warteschlange zu anderen Servern (Stanzas)</translation>
    </message>
    <message>
      <source>Client send buffer (bytes)</source>
      <translation>Sendepuffer je Client (Bytes)</translation>
    </message>
    <message>
      <source>New connections per address per minute</source>
      <translation>Neue Verbindungen je Adresse und Minute</translation>
    </message>
    <message>
      <source>Stanzas per second per client</source>
      <translation>Stanzas pro Sekunde je Client</translation>
    </message>
    <message>
      <source>Attributes per element</source>
      <translation>Attribute je Element</translation>
    </message>
    <message>
      <source>Largest attribute value (bytes)</source>
      <translation>Größter Attributwert (Bytes)</translation>
    </message>
    <message>
      <source>Contacts per user</source>
      <translation>Kontakte je Benutzer</translation>
    </message>
    <message>
      <source>Largest admin request (bytes)</source>
      <translation>Größte Verwaltungsanfrage (Bytes)</translation>
    </message>
    <message>
      <source>Network threads</source>
      <translation>Netzwerk-Threads</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatisch</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>Nichts</translation>
    </message>
    <message>
      <source>Major events</source>
      <translation>Wichtige Ereignisse</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>Low level</source>
      <translation>Niedrige Ebene</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. %1</source>
      <translation>Durch Kommas getrennt, z. B. %1</translation>
    </message>
    <message>
      <source>Connection limit</source>
      <translation>Verbindungsgrenze</translation>
    </message>
    <message>
      <source>Log level</source>
      <translation>Protokollstufe</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>Lauschadresse</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>Client-Port</translation>
    </message>
    <message>
      <source>Server-to-server port</source>
      <translation>Server-zu-Server-Port</translation>
    </message>
    <message>
      <source>Client port (direct TLS)</source>
      <translation>Client-Port (direktes TLS)</translation>
    </message>
    <message>
      <source>Clients must use TLS</source>
      <translation>Clients müssen TLS verwenden</translation>
    </message>
    <message>
      <source>Largest stanza (bytes)</source>
      <translation>Größte Stanza (Bytes)</translation>
    </message>
    <message>
      <source>Deepest XML nesting</source>
      <translation>Tiefste XML-Verschachtelung</translation>
    </message>
    <message>
      <source>Login timeout (seconds)</source>
      <translation>Anmelde-Zeitlimit (Sekunden)</translation>
    </message>
    <message>
      <source>Client idle timeout (seconds)</source>
      <translation>Leerlauf-Zeitlimit für Clients (Sekunden)</translation>
    </message>
    <message>
      <source>Delay after a failed login (ms)</source>
      <translation>Wartezeit nach fehlgeschlagener Anmeldung (ms)</translation>
    </message>
    <message>
      <source>Server idle timeout (seconds)</source>
      <translation>Leerlauf-Zeitlimit für Server (Sekunden)</translation>
    </message>
    <message>
      <source>Queue timeout for remote servers (seconds)</source>
      <translation>Warteschlangen-Zeitlimit für entfernte Server (Sekunden)</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>DNS-Server</translation>
    </message>
    <message>
      <source>Hide the operating system in version answers</source>
      <translation>Betriebssystem in Versionsantworten verbergen</translation>
    </message>
    <message>
      <source>Offline messages kept per user</source>
      <translation>Offline-Nachrichten pro Benutzer</translation>
    </message>
    <message>
      <source>New accounts per address and hour</source>
      <translation>Neue Konten pro Adresse und Stunde</translation>
    </message>
    <message>
      <source>Domain is served</source>
      <translation>Domäne wird betrieben</translation>
    </message>
    <message>
      <source>Free registration from XMPP clients</source>
      <translation>Freie Registrierung von XMPP-Clients aus</translation>
    </message>
    <message>
      <source>Users may change their password</source>
      <translation>Benutzer dürfen ihr Passwort ändern</translation>
    </message>
    <message>
      <source>Anonymous login</source>
      <translation>Anonyme Anmeldung</translation>
    </message>
    <message>
      <source>Old authentication methods</source>
      <translation>Alte Anmeldeverfahren</translation>
    </message>
    <message>
      <source>SASL methods allowed</source>
      <translation>Erlaubte SASL-Verfahren</translation>
    </message>
    <message>
      <source>Extra service discovery items</source>
      <translation>Zusätzliche Service-Discovery-Einträge</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>Zertifikatsdatei</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Änderungen übernehmen</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Einige Werte sind ungültig und markiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Nichts zu ändern.</translation>
    </message>
    <message>
      <source>Settings saved. New ports and the listen address take effect when confabd restarts.</source>
      <translation>Einstellungen gespeichert. Neue Ports und die Lauschadresse gelten nach einem Neustart von confabd.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Einstellungen gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SetupWizard</name>
    <message>
      <source>Set up Confab</source>
      <translation>Confab einrichten</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Fertigstellen</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Weiter &gt;</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; Zurück</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>„%1“ ist kein gültiger Domänenname.</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>Wird eingerichtet…</translation>
    </message>
    <message>
      <source>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</source>
      <translation>Das Admin-Passwort ist gesetzt, aber ein späterer Schritt ist fehlgeschlagen: %1 Erledigen Sie die übrigen Einstellungen auf den Seiten des Managers.</translation>
    </message>
    <message>
      <source>Copy records</source>
      <translation>Einträge kopieren</translation>
    </message>
    <message>
      <source>Your XMPP domain</source>
      <translation>Ihre XMPP-Domäne</translation>
    </message>
    <message>
      <source>Addresses will look like user@domain. Usually this is your company's domain name.</source>
      <translation>Adressen sehen aus wie user@domain. Meist ist das der Domänenname Ihrer Firma.</translation>
    </message>
    <message>
      <source>Domain name:</source>
      <translation>Domänenname:</translation>
    </message>
    <message>
      <source>Host name of this server:</source>
      <translation>Hostname dieses Servers:</translation>
    </message>
    <message>
      <source>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</source>
      <translation>Veröffentlichen Sie diese DNS-SRV-Einträge in der DNS-Zone Ihrer Domäne, damit Clients und andere Server diesen Server finden:</translation>
    </message>
    <message>
      <source>“%1” is not a valid host name.</source>
      <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
      <source>Admin password</source>
      <translation>Admin-Passwort</translation>
    </message>
    <message>
      <source>The manager and confabctl ask for this password. Use at least 8 characters.</source>
      <translation>Der Manager und confabctl fragen nach diesem Passwort. Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Passwort:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Passwort wiederholen:</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Zertifikat</translation>
    </message>
    <message>
      <source>Clients and servers check this certificate when they connect with TLS.</source>
      <translation>Clients und Server prüfen dieses Zertifikat, wenn sie sich mit TLS verbinden.</translation>
    </message>
    <message>
      <source>Generate a self-signed certificate now (replace it later)</source>
      <translation>Jetzt ein selbstsigniertes Zertifikat erzeugen (später ersetzen)</translation>
    </message>
    <message>
      <source>Import a certificate from a certificate authority</source>
      <translation>Ein Zertifikat einer Zertifizierungsstelle importieren</translation>
    </message>
    <message>
      <source>Other servers and most clients do not trust a self-signed certificate.</source>
      <translation>Andere Server und die meisten Clients vertrauen keinem selbstsignierten Zertifikat.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Durchsuchen…</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Datei auswählen</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Zertifikate und Schlüssel (*.pem *.crt *.key *.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Zertifikat (PEM oder PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Privater Schlüssel (PEM; nicht bei PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Passphrase (PFX oder verschlüsselter Schlüssel):</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>Ports</translation>
    </message>
    <message>
      <source>The standard ports suit almost every installation. Open them in your firewall.</source>
      <translation>Die Standardports passen für fast jede Installation. Öffnen Sie sie in Ihrer Firewall.</translation>
    </message>
    <message>
      <source>Clients (STARTTLS):</source>
      <translation>Clients (STARTTLS):</translation>
    </message>
    <message>
      <source>Other servers:</source>
      <translation>Andere Server:</translation>
    </message>
    <message>
      <source>Clients (direct TLS):</source>
      <translation>Clients (direktes TLS):</translation>
    </message>
    <message>
      <source>Each port must be different.</source>
      <translation>Jeder Port muss anders sein.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Registrierung</translation>
    </message>
    <message>
      <source>Who may create accounts?</source>
      <translation>Wer darf Konten anlegen?</translation>
    </message>
    <message>
      <source>Anyone may create an account from an XMPP client (free registration)</source>
      <translation>Jeder darf von einem XMPP-Client aus ein Konto anlegen (freie Registrierung)</translation>
    </message>
    <message>
      <source>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</source>
      <translation>Lassen Sie dies aus, außer der Server soll öffentlich sein: Offene Registrierung zieht Spammer an. Konten legen Sie auf der Seite „Benutzer“ an.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Finish sets up confabd with these values.</source>
      <translation>„Fertigstellen“ richtet confabd mit diesen Werten ein.</translation>
    </message>
    <message>
      <source>DNS SRV records to publish:</source>
      <translation>Zu veröffentlichende DNS-SRV-Einträge:</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domäne:</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>Zertifikat:</translation>
    </message>
    <message>
      <source>imported from %1</source>
      <translation>importiert aus %1</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>selbstsigniert</translation>
    </message>
    <message>
      <source>Ports:</source>
      <translation>Ports:</translation>
    </message>
    <message>
      <source>clients %1, servers %2, direct TLS %3</source>
      <translation>Clients %1, Server %2, direktes TLS %3</translation>
    </message>
    <message>
      <source>Free registration:</source>
      <translation>Freie Registrierung:</translation>
    </message>
    <message>
      <source>on</source>
      <translation>an</translation>
    </message>
    <message>
      <source>off</source>
      <translation>aus</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::UsersPage</name>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>Address (user@domain):</source>
      <translation>Adresse (user@domain):</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Passwort:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Passwort wiederholen:</translation>
    </message>
    <message>
      <source>Search user names</source>
      <translation>Benutzernamen suchen</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domäne:</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Angelegt</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
      <source>Set password…</source>
      <translation>Passwort setzen…</translation>
    </message>
    <message>
      <source>Disable / enable</source>
      <translation>Sperren / freigeben</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Entfernen…</translation>
    </message>
    <message>
      <source>Remove user</source>
      <translation>Benutzer entfernen</translation>
    </message>
    <message>
      <source>Delete the account %1 and everything stored for it?</source>
      <translation>Das Konto %1 und alles dafür Gespeicherte löschen?</translation>
    </message>
    <message>
      <source>All domains</source>
      <translation>Alle Domänen</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>gesperrt</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
      <source>Select a user first.</source>
      <translation>Wählen Sie zuerst einen Benutzer aus.</translation>
    </message>
    <message>
      <source>Set password</source>
      <translation>Passwort setzen</translation>
    </message>
    <message>
      <source>“%1” is not an address of the form user@domain.</source>
      <translation>„%1“ ist keine Adresse der Form user@domain.</translation>
    </message>
    <message>
      <source>The account %1 was created.</source>
      <translation>Das Konto %1 wurde angelegt.</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
      <source>%1 can no longer log in.</source>
      <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
      <source>%1 can log in again.</source>
      <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
      <source>The account %1 was deleted.</source>
      <translation>Das Konto %1 wurde gelöscht.</translation>
    </message>
  </context>
</TS>
