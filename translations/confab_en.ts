<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>CertificateFile</name>
    <message>
      <source>Cannot read %1.</source>
      <translation>Cannot read %1.</translation>
    </message>
    <message>
      <source>The PFX file could not be opened: it is damaged or the passphrase is wrong.</source>
      <translation>The PFX file could not be opened: it is damaged or the passphrase is wrong.</translation>
    </message>
    <message>
      <source>%1 does not contain a PEM certificate.</source>
      <translation>%1 does not contain a PEM certificate.</translation>
    </message>
    <message>
      <source>No private key was found, or its passphrase is wrong.</source>
      <translation>No private key was found, or its passphrase is wrong.</translation>
    </message>
    <message>
      <source>The certificate expired on %1.</source>
      <translation>The certificate expired on %1.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>confabd is not running.</source>
      <translation>confabd is not running.</translation>
    </message>
    <message>
      <source>confabd refused the connection.</source>
      <translation>confabd refused the connection.</translation>
    </message>
    <message>
      <source>You may not open the control socket.</source>
      <translation>You may not open the control socket.</translation>
    </message>
    <message>
      <source>confabd reported an error: {code}</source>
      <translation>confabd reported an error: {code}</translation>
    </message>
    <message>
      <source>Only requests may be sent to confabd.</source>
      <translation>Only requests may be sent to confabd.</translation>
    </message>
    <message>
      <source>Cannot create the control socket directory {path}.</source>
      <translation>Cannot create the control socket directory {path}.</translation>
    </message>
    <message>
      <source>Another confabd is already listening on {path}.</source>
      <translation>Another confabd is already listening on {path}.</translation>
    </message>
    <message>
      <source>Cannot listen on the control socket {path}: {reason}</source>
      <translation>Cannot listen on the control socket {path}: {reason}</translation>
    </message>
    <message>
      <source>Authenticate with the admin password first.</source>
      <translation>Authenticate with the admin password first.</translation>
    </message>
    <message>
      <source>There is no method {method}.</source>
      <translation>There is no method {method}.</translation>
    </message>
    <message>
      <source>No admin password is set yet; run the setup first.</source>
      <translation>No admin password is set yet; run the setup first.</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>The admin password is wrong.</translation>
    </message>
    <message>
      <source>The server is already set up.</source>
      <translation>The server is already set up.</translation>
    </message>
    <message>
      <source>The text is not a PEM-encoded X.509 certificate.</source>
      <translation>The text is not a PEM-encoded X.509 certificate.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
      <source>The private key is missing, encrypted or does not belong to the certificate.</source>
      <translation>The private key is missing, encrypted or does not belong to the certificate.</translation>
    </message>
    <message>
      <source>There is no setting {key}.</source>
      <translation>There is no setting {key}.</translation>
    </message>
    <message>
      <source>There is no routing rule {id}.</source>
      <translation>There is no routing rule {id}.</translation>
    </message>
    <message>
      <source>There is no session {id}.</source>
      <translation>There is no session {id}.</translation>
    </message>
    <message>
      <source>There is no trusted certificate {id}.</source>
      <translation>There is no trusted certificate {id}.</translation>
    </message>
    <message>
      <source>There is no account {jid}.</source>
      <translation>There is no account {jid}.</translation>
    </message>
    <message>
      <source>The parameter {param} is missing or invalid.</source>
      <translation>The parameter {param} is missing or invalid.</translation>
    </message>
    <message>
      <source>{domain} is not a valid domain name.</source>
      <translation>{domain} is not a valid domain name.</translation>
    </message>
    <message>
      <source>The domain {domain} is not hosted on this server.</source>
      <translation>The domain {domain} is not hosted on this server.</translation>
    </message>
    <message>
      <source>{jid} is not a valid user address (user@domain).</source>
      <translation>{jid} is not a valid user address (user@domain).</translation>
    </message>
    <message>
      <source>The password is empty or contains characters that are not allowed</source>
      <translation>The password is empty or contains characters that are not allowed</translation>
    </message>
    <message>
      <source>Account {user}@{domain} does not exist</source>
      <translation>Account {user}@{domain} does not exist</translation>
    </message>
    <message>
      <source>Domain {domain} does not exist</source>
      <translation>Domain {domain} does not exist</translation>
    </message>
    <message>
      <source>Account {user}@{domain} already exists</source>
      <translation>Account {user}@{domain} already exists</translation>
    </message>
    <message>
      <source>The admin password must have at least {min} characters and no control characters</source>
      <translation>The admin password must have at least {min} characters and no control characters</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>Cannot open the database {path}: {detail}</translation>
    </message>
    <message>
      <source>The domain name is empty</source>
      <translation>The domain name is empty</translation>
    </message>
    <message>
      <source>Domain {domain} already exists</source>
      <translation>Domain {domain} already exists</translation>
    </message>
    <message>
      <source>Invalid value for setting {key}</source>
      <translation>Invalid value for setting {key}</translation>
    </message>
    <message>
      <source>Database migration {version} failed: {detail}</source>
      <translation>Database migration {version} failed: {detail}</translation>
    </message>
    <message>
      <source>The database has schema version {version}, newer than this program supports ({supported})</source>
      <translation>The database has schema version {version}, newer than this program supports ({supported})</translation>
    </message>
    <message>
      <source>Offline storage for {user}@{domain} is full ({limit} messages)</source>
      <translation>Offline storage for {user}@{domain} is full ({limit} messages)</translation>
    </message>
    <message>
      <source>{contact} is not in the roster of {user}@{domain}</source>
      <translation>{contact} is not in the roster of {user}@{domain}</translation>
    </message>
    <message>
      <source>Routing rule {id} does not exist</source>
      <translation>Routing rule {id} does not exist</translation>
    </message>
    <message>
      <source>{pattern} is not a valid domain pattern</source>
      <translation>{pattern} is not a valid domain pattern</translation>
    </message>
    <message>
      <source>Unknown routing action {action}</source>
      <translation>Unknown routing action {action}</translation>
    </message>
    <message>
      <source>A relay rule needs a relay host</source>
      <translation>A relay rule needs a relay host</translation>
    </message>
    <message>
      <source>{host} is not a valid relay host</source>
      <translation>{host} is not a valid relay host</translation>
    </message>
    <message>
      <source>{port} is not a valid port</source>
      <translation>{port} is not a valid port</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Database error: {detail}</translation>
    </message>
    <message>
      <source>The database is not open</source>
      <translation>The database is not open</translation>
    </message>
    <message>
      <source>TLS is already required for {pattern}</source>
      <translation>TLS is already required for {pattern}</translation>
    </message>
    <message>
      <source>TLS is not required for {pattern}</source>
      <translation>TLS is not required for {pattern}</translation>
    </message>
    <message>
      <source>The CA certificate is not in PEM format</source>
      <translation>The CA certificate is not in PEM format</translation>
    </message>
    <message>
      <source>Trusted CA certificate {id} does not exist</source>
      <translation>Trusted CA certificate {id} does not exist</translation>
    </message>
    <message>
      <source>A line is longer than {max} bytes</source>
      <translation>A line is longer than {max} bytes</translation>
    </message>
    <message>
      <source>Not connected to confabd</source>
      <translation>Not connected to confabd</translation>
    </message>
    <message>
      <source>confabd did not answer within {ms} ms</source>
      <translation>confabd did not answer within {ms} ms</translation>
    </message>
    <message>
      <source>The connection to confabd was lost</source>
      <translation>The connection to confabd was lost</translation>
    </message>
    <message>
      <source>The message is neither a request, a response nor an event</source>
      <translation>The message is neither a request, a response nor an event</translation>
    </message>
    <message>
      <source>The line is not valid JSON: {reason}</source>
      <translation>The line is not valid JSON: {reason}</translation>
    </message>
    <message>
      <source>{name} must be true or false</source>
      <translation>{name} must be true or false</translation>
    </message>
    <message>
      <source>{name} must be a whole number from {min} to {max}</source>
      <translation>{name} must be a whole number from {min} to {max}</translation>
    </message>
    <message>
      <source>{name}: {value} is not an IP address</source>
      <translation>{name}: {value} is not an IP address</translation>
    </message>
    <message>
      <source>{name}: {value} must name a file inside the data directory</source>
      <translation>{name}: {value} must name a file inside the data directory</translation>
    </message>
    <message>
      <source>{name}: {value} is not a valid XMPP address</source>
      <translation>{name}: {value} is not a valid XMPP address</translation>
    </message>
    <message>
      <source>{name} must be text</source>
      <translation>{name} must be text</translation>
    </message>
    <message>
      <source>{name} must be a list of non-empty texts</source>
      <translation>{name} must be a list of non-empty texts</translation>
    </message>
    <message>
      <source>{value} is not allowed in {name}; allowed: {choices}</source>
      <translation>{value} is not allowed in {name}; allowed: {choices}</translation>
    </message>
    <message>
      <source>{name} must be one of: {choices}</source>
      <translation>{name} must be one of: {choices}</translation>
    </message>
    <message>
      <source>There is no setting {name}</source>
      <translation>There is no setting {name}</translation>
    </message>
  </context>
  <context>
    <name>LogCatalog</name>
    <message>
      <source>confabd {version} started, data directory {dataDir}</source>
      <translation>confabd {version} started, data directory {dataDir}</translation>
    </message>
    <message>
      <source>confabd stopping ({reason})</source>
      <translation>confabd stopping ({reason})</translation>
    </message>
    <message>
      <source>Listening on {address}:{port} ({kind})</source>
      <translation>Listening on {address}:{port} ({kind})</translation>
    </message>
    <message>
      <source>Cannot listen on {address}:{port} ({kind}): {reason}</source>
      <translation>Cannot listen on {address}:{port} ({kind}): {reason}</translation>
    </message>
    <message>
      <source>Connection from {address}</source>
      <translation>Connection from {address}</translation>
    </message>
    <message>
      <source>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</translation>
    </message>
    <message>
      <source>TLS established ({protocol}, {cipher})</source>
      <translation>TLS established ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{jid} authenticated with {mechanism}</source>
      <translation>{jid} authenticated with {mechanism}</translation>
    </message>
    <message>
      <source>Authentication failed for {user} from {address}: {reason}</source>
      <translation>Authentication failed for {user} from {address}: {reason}</translation>
    </message>
    <message>
      <source>Resource bound: {jid}</source>
      <translation>Resource bound: {jid}</translation>
    </message>
    <message>
      <source>Stream error {condition} sent to {address} ({jid}): {text}</source>
      <translation>Stream error {condition} sent to {address} ({jid}): {text}</translation>
    </message>
    <message>
      <source>Connection from {address} refused: the limit of {limit} concurrent connections is reached</source>
      <translation>Connection from {address} refused: the limit of {limit} concurrent connections is reached</translation>
    </message>
    <message>
      <source>Connection from {address} refused: more than {limit} connections from it within a minute</source>
      <translation>Connection from {address} refused: more than {limit} connections from it within a minute</translation>
    </message>
    <message>
      <source>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</source>
      <translation>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</translation>
    </message>
    <message>
      <source>Account {jid} created in-band from {address}</source>
      <translation>Account {jid} created in-band from {address}</translation>
    </message>
    <message>
      <source>In-band registration of "{user}" on {domain} from {address} refused: {reason}</source>
      <translation>In-band registration of "{user}" on {domain} from {address} refused: {reason}</translation>
    </message>
    <message>
      <source>{jid} changed its password in-band</source>
      <translation>{jid} changed its password in-band</translation>
    </message>
    <message>
      <source>In-band password change of {jid} refused: {reason}</source>
      <translation>In-band password change of {jid} refused: {reason}</translation>
    </message>
    <message>
      <source>{jid} removed its account in-band</source>
      <translation>{jid} removed its account in-band</translation>
    </message>
    <message>
      <source>In-band removal of the account {jid} failed: {reason}</source>
      <translation>In-band removal of the account {jid} failed: {reason}</translation>
    </message>
    <message>
      <source>Control connection opened</source>
      <translation>Control connection opened</translation>
    </message>
    <message>
      <source>Control connection failed to authenticate: wrong admin password ({failures} in a row)</source>
      <translation>Control connection failed to authenticate: wrong admin password ({failures} in a row)</translation>
    </message>
    <message>
      <source>Control connection authenticated</source>
      <translation>Control connection authenticated</translation>
    </message>
    <message>
      <source>First-run setup completed for domain {domain}</source>
      <translation>First-run setup completed for domain {domain}</translation>
    </message>
    <message>
      <source>Control connection closed</source>
      <translation>Control connection closed</translation>
    </message>
    <message>
      <source>Control socket listening on {path}</source>
      <translation>Control socket listening on {path}</translation>
    </message>
    <message>
      <source>First-run setup: admin password set</source>
      <translation>First-run setup: admin password set</translation>
    </message>
    <message>
      <source>Admin added the domain {domain}</source>
      <translation>Admin added the domain {domain}</translation>
    </message>
    <message>
      <source>Admin removed the domain {domain} and its accounts</source>
      <translation>Admin removed the domain {domain} and its accounts</translation>
    </message>
    <message>
      <source>Admin set {key} = {value} for the domain {domain}</source>
      <translation>Admin set {key} = {value} for the domain {domain}</translation>
    </message>
    <message>
      <source>Admin reset {key} to its default for the domain {domain}</source>
      <translation>Admin reset {key} to its default for the domain {domain}</translation>
    </message>
    <message>
      <source>Admin added the account {jid}</source>
      <translation>Admin added the account {jid}</translation>
    </message>
    <message>
      <source>Admin changed the password of {jid}</source>
      <translation>Admin changed the password of {jid}</translation>
    </message>
    <message>
      <source>Admin removed the account {jid}</source>
      <translation>Admin removed the account {jid}</translation>
    </message>
    <message>
      <source>Admin disabled the account {jid}</source>
      <translation>Admin disabled the account {jid}</translation>
    </message>
    <message>
      <source>Admin enabled the account {jid}</source>
      <translation>Admin enabled the account {jid}</translation>
    </message>
    <message>
      <source>Admin set the global setting {key} = {value}</source>
      <translation>Admin set the global setting {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset the global setting {key} to its default</source>
      <translation>Admin reset the global setting {key} to its default</translation>
    </message>
    <message>
      <source>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin removed routing rule {id} ({pattern})</source>
      <translation>Admin removed routing rule {id} ({pattern})</translation>
    </message>
    <message>
      <source>Admin moved routing rule {id} to position {position}</source>
      <translation>Admin moved routing rule {id} to position {position}</translation>
    </message>
    <message>
      <source>Admin required TLS with a valid certificate for {pattern}</source>
      <translation>Admin required TLS with a valid certificate for {pattern}</translation>
    </message>
    <message>
      <source>Admin no longer requires TLS for {pattern}</source>
      <translation>Admin no longer requires TLS for {pattern}</translation>
    </message>
    <message>
      <source>Admin trusted the CA certificate {id}: {subject}</source>
      <translation>Admin trusted the CA certificate {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin removed the trusted CA certificate {id}: {subject}</source>
      <translation>Admin removed the trusted CA certificate {id}: {subject}</translation>
    </message>
    <message>
      <source>Admin imported a certificate for {domain}: {subject}, valid until {expires}</source>
      <translation>Admin imported a certificate for {domain}: {subject}, valid until {expires}</translation>
    </message>
    <message>
      <source>Admin disconnected the session {id}</source>
      <translation>Admin disconnected the session {id}</translation>
    </message>
    <message>
      <source>Database opened: {path}</source>
      <translation>Database opened: {path}</translation>
    </message>
    <message>
      <source>Database migrated from schema version {from} to {to}</source>
      <translation>Database migrated from schema version {from} to {to}</translation>
    </message>
    <message>
      <source>Database error in {operation}: {reason}</source>
      <translation>Database error in {operation}: {reason}</translation>
    </message>
    <message>
      <source>Roster or offline storage failed for {jid}: {reason}</source>
      <translation>Roster or offline storage failed for {jid}: {reason}</translation>
    </message>
    <message>
      <source>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</source>
      <translation>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</translation>
    </message>
    <message>
      <source>Generated a self-signed certificate for {domain}, valid until {expires}</source>
      <translation>Generated a self-signed certificate for {domain}, valid until {expires}</translation>
    </message>
    <message>
      <source>Loaded the certificate for {domain} from {path}, valid until {expires}</source>
      <translation>Loaded the certificate for {domain} from {path}, valid until {expires}</translation>
    </message>
    <message>
      <source>Certificate for {domain} unusable: {reason}</source>
      <translation>Certificate for {domain} unusable: {reason}</translation>
    </message>
    <message>
      <source>Connecting to {domain} at {host} ({address}) port {port}</source>
      <translation>Connecting to {domain} at {host} ({address}) port {port}</translation>
    </message>
    <message>
      <source>Could not connect to {domain} at {host} port {port}</source>
      <translation>Could not connect to {domain} at {host} port {port}</translation>
    </message>
    <message>
      <source>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</source>
      <translation>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</translation>
    </message>
    <message>
      <source>{from} authenticated to {to} with {method}</source>
      <translation>{from} authenticated to {to} with {method}</translation>
    </message>
    <message>
      <source>{to} refused SASL EXTERNAL for {from}; trying dialback</source>
      <translation>{to} refused SASL EXTERNAL for {from}; trying dialback</translation>
    </message>
    <message>
      <source>{to} answered dialback for {from} with {type}</source>
      <translation>{to} answered dialback for {from} with {type}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} failed: {reason}</source>
      <translation>Server-to-server connection to {domain} failed: {reason}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} closed</source>
      <translation>Server-to-server connection to {domain} closed</translation>
    </message>
    <message>
      <source>Returned a stanza from {from} to {to} with {condition}: {reason}</source>
      <translation>Returned a stanza from {from} to {to} with {condition}: {reason}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from} to {to})</source>
      <translation>Server connection from {address} ({from} to {to})</translation>
    </message>
    <message>
      <source>TLS with {from} established ({protocol}, {cipher})</source>
      <translation>TLS with {from} established ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{from} authenticated for {to} with {method}</source>
      <translation>{from} authenticated for {to} with {method}</translation>
    </message>
    <message>
      <source>Refused {from} for {to}: {reason}</source>
      <translation>Refused {from} for {to}: {reason}</translation>
    </message>
    <message>
      <source>Dialback key check from {from} for {to}: valid {valid}</source>
      <translation>Dialback key check from {from} for {to}: valid {valid}</translation>
    </message>
    <message>
      <source>Server stream from {address} ({domain}) ended with {condition}: {text}</source>
      <translation>Server stream from {address} ({domain}) ended with {condition}: {text}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</source>
      <translation>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</translation>
    </message>
    <message>
      <source>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</source>
      <translation>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</translation>
    </message>
    <message>
      <source>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</source>
      <translation>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</translation>
    </message>
    <message>
      <source>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</source>
      <translation>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</translation>
    </message>
    <message>
      <source>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</source>
      <translation>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</translation>
    </message>
    <message>
      <source>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</source>
      <translation>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</translation>
    </message>
    <message>
      <source>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</source>
      <translation>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</translation>
    </message>
    <message>
      <source>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</source>
      <translation>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</translation>
    </message>
    <message>
      <source>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</source>
      <translation>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</translation>
    </message>
    <message>
      <source>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</source>
      <translation>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</translation>
    </message>
    <message>
      <source>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</source>
      <translation>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</translation>
    </message>
    <message>
      <source>TCP port for client connections (STARTTLS).</source>
      <translation>TCP port for client connections (STARTTLS).</translation>
    </message>
    <message>
      <source>TCP port for connections from other XMPP servers.</source>
      <translation>TCP port for connections from other XMPP servers.</translation>
    </message>
    <message>
      <source>TCP port for client connections that start with TLS directly (XEP-0368).</source>
      <translation>TCP port for client connections that start with TLS directly (XEP-0368).</translation>
    </message>
    <message>
      <source>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</source>
      <translation>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</translation>
    </message>
    <message>
      <source>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</source>
      <translation>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</translation>
    </message>
    <message>
      <source>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</source>
      <translation>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</translation>
    </message>
    <message>
      <source>Seconds a new client connection has to authenticate before it is closed.</source>
      <translation>Seconds a new client connection has to authenticate before it is closed.</translation>
    </message>
    <message>
      <source>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</source>
      <translation>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</translation>
    </message>
    <message>
      <source>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</source>
      <translation>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</translation>
    </message>
    <message>
      <source>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</source>
      <translation>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</translation>
    </message>
    <message>
      <source>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</source>
      <translation>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</translation>
    </message>
    <message>
      <source>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</source>
      <translation>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</translation>
    </message>
    <message>
      <source>Leave the operating system out of software version answers (XEP-0092).</source>
      <translation>Leave the operating system out of software version answers (XEP-0092).</translation>
    </message>
    <message>
      <source>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</source>
      <translation>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</translation>
    </message>
    <message>
      <source>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</source>
      <translation>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</translation>
    </message>
    <message>
      <source>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</source>
      <translation>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</translation>
    </message>
    <message>
      <source>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</source>
      <translation>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</translation>
    </message>
    <message>
      <source>Users may change their own password from their client (XEP-0077).</source>
      <translation>Users may change their own password from their client (XEP-0077).</translation>
    </message>
    <message>
      <source>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</source>
      <translation>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</translation>
    </message>
    <message>
      <source>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</source>
      <translation>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</translation>
    </message>
    <message>
      <source>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</source>
      <translation>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</translation>
    </message>
    <message>
      <source>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</source>
      <translation>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</translation>
    </message>
    <message>
      <source>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</source>
      <translation>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</translation>
    </message>
    <message>
      <source>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</source>
      <translation>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectPage</name>
    <message>
      <source>Connect to confabd</source>
      <translation>Connect to confabd</translation>
    </message>
    <message>
      <source>The manager talks to the Confab service on this computer through its control socket.</source>
      <translation>The manager talks to the Confab service on this computer through its control socket.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Control socket:</source>
      <translation>Control socket:</translation>
    </message>
    <message>
      <source>Admin password:</source>
      <translation>Admin password:</translation>
    </message>
    <message>
      <source>Remember the password in the system keychain</source>
      <translation>Remember the password in the system keychain</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Connect</translation>
    </message>
    <message>
      <source>Choose the control socket</source>
      <translation>Choose the control socket</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectionsPage</name>
    <message>
      <source>Connections</source>
      <translation>Connections</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Address (JID or domain)</source>
      <translation>Address (JID or domain)</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Encryption</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>Disconnect</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>client</source>
      <translation>client</translation>
    </message>
    <message>
      <source>server</source>
      <translation>server</translation>
    </message>
    <message>
      <source>not yet known</source>
      <translation>not yet known</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>logged in</translation>
    </message>
    <message>
      <source>negotiating</source>
      <translation>negotiating</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>Session %1 was disconnected.</source>
      <translation>Session %1 was disconnected.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hour</numerusform>
        <numerusform>%n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>Listening ports</source>
      <translation>Listening ports</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Certificates</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domain</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Issued by</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Names</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>running, %1</source>
      <translation>running, %1</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>Uptime</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>Domains</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>User accounts</translation>
    </message>
    <message>
      <source>Open connections</source>
      <translation>Open connections</translation>
    </message>
    <message>
      <source>Logged-in sessions</source>
      <translation>Logged-in sessions</translation>
    </message>
    <message>
      <source>Data directory</source>
      <translation>Data directory</translation>
    </message>
    <message>
      <source>clients and servers, direct TLS</source>
      <translation>clients and servers, direct TLS</translation>
    </message>
    <message>
      <source>clients and servers (STARTTLS)</source>
      <translation>clients and servers (STARTTLS)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>self-signed</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>a certificate authority</translation>
    </message>
    <message>
      <source>The certificate of %1 has expired. Clients and servers will refuse to connect.</source>
      <translation>The certificate of %1 has expired. Clients and servers will refuse to connect.</translation>
    </message>
    <message numerus="yes">
      <source>The certificate of %1 expires in %n day(s).</source>
      <translation>
        <numerusform>The certificate of %1 expires in %n day.</numerusform>
        <numerusform>The certificate of %1 expires in %n days.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</source>
      <translation>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DomainsPage</name>
    <message>
      <source>Domains</source>
      <translation>Domains</translation>
    </message>
    <message>
      <source>example.com</source>
      <translation>example.com</translation>
    </message>
    <message>
      <source>Add domain</source>
      <translation>Add domain</translation>
    </message>
    <message>
      <source>Remove domain…</source>
      <translation>Remove domain…</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Apply changes</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n user(s))</source>
      <translation>
        <numerusform>%1 (%n user)</numerusform>
        <numerusform>%1 (%n users)</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a domain to host it.</source>
      <translation>Add a domain to host it.</translation>
    </message>
    <message>
      <source>Settings of %1</source>
      <translation>Settings of %1</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>“%1” is not a valid domain name.</translation>
    </message>
    <message>
      <source>%1 is now hosted. confabd created a self-signed certificate for it.</source>
      <translation>%1 is now hosted. confabd created a self-signed certificate for it.</translation>
    </message>
    <message>
      <source>Remove domain</source>
      <translation>Remove domain</translation>
    </message>
    <message>
      <source>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</source>
      <translation>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</translation>
    </message>
    <message>
      <source>%1 is no longer hosted.</source>
      <translation>%1 is no longer hosted.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Some values are not valid; they are marked. Nothing was changed.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Nothing to change.</translation>
    </message>
    <message>
      <source>The settings of %1 were saved.</source>
      <translation>The settings of %1 were saved.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::LogsPage</name>
    <message>
      <source>Logs</source>
      <translation>Logs</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>nothing</translation>
    </message>
    <message>
      <source>major</source>
      <translation>major</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>problem</translation>
    </message>
    <message>
      <source>low level</source>
      <translation>low level</translation>
    </message>
    <message>
      <source>detail</source>
      <translation>detail</translation>
    </message>
    <message>
      <source>Major events only</source>
      <translation>Major events only</translation>
    </message>
    <message>
      <source>Problems and major events</source>
      <translation>Problems and major events</translation>
    </message>
    <message>
      <source>Also low-level events</source>
      <translation>Also low-level events</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Everything</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>All tags</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>Filter text</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>Follow</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Tag</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Connection</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>Export log</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
      <source>The log was saved to %1.</source>
      <translation>The log was saved to %1.</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>Cannot write %1: %2</translation>
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
      <translation>Connect to another server…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>About Confab Manager</source>
      <translation>About Confab Manager</translation>
    </message>
    <message>
      <source>Confab Manager %1: set-up and administration of the Confab XMPP server.</source>
      <translation>Confab Manager %1: set-up and administration of the Confab XMPP server.</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Connecting to %1…</translation>
    </message>
    <message>
      <source>Connected to %1. Enter the admin password.</source>
      <translation>Connected to %1. Enter the admin password.</translation>
    </message>
    <message>
      <source>The manager reconnects on its own when confabd is back.</source>
      <translation>The manager reconnects on its own when confabd is back.</translation>
    </message>
    <message>
      <source>Connected to %1 (%2)</source>
      <translation>Connected to %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::PasswordVault</name>
    <message>
      <source>The system keychain cannot be used (%1). The manager works without it, but asks for the password each time.</source>
      <translation>The system keychain cannot be used (%1). The manager works without it, but asks for the password each time.</translation>
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
      <translation>refuse</translation>
    </message>
    <message>
      <source>relay to %1</source>
      <translation>relay to %1</translation>
    </message>
    <message>
      <source>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</source>
      <translation>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Pattern</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>Relay through another server</source>
      <translation>Relay through another server</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Refuse</translation>
    </message>
    <message>
      <source>default (5269)</source>
      <translation>default (5269)</translation>
    </message>
    <message>
      <source>Remote domain pattern:</source>
      <translation>Remote domain pattern:</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Action:</translation>
    </message>
    <message>
      <source>Relay host:</source>
      <translation>Relay host:</translation>
    </message>
    <message>
      <source>Relay port:</source>
      <translation>Relay port:</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>Comment:</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>Add rule</translation>
    </message>
    <message>
      <source>Save selected rule</source>
      <translation>Save selected rule</translation>
    </message>
    <message>
      <source>Remove selected rule</source>
      <translation>Remove selected rule</translation>
    </message>
    <message>
      <source>Test a domain</source>
      <translation>Test a domain</translation>
    </message>
    <message>
      <source>Remote domain, e.g. %1</source>
      <translation>Remote domain, e.g. %1</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Test</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>Remove rule</translation>
    </message>
    <message>
      <source>Remove the selected rule?</source>
      <translation>Remove the selected rule?</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Use a domain name where * stands for any characters, e.g. *.example.com.</translation>
    </message>
    <message>
      <source>Give the host name or IP address of the relay server.</source>
      <translation>Give the host name or IP address of the relay server.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Some values are not valid; they are marked. Nothing was changed.</translation>
    </message>
    <message>
      <source>Rule for %1 added.</source>
      <translation>Rule for %1 added.</translation>
    </message>
    <message>
      <source>Select a rule first.</source>
      <translation>Select a rule first.</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>Rule saved.</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>“%1” is not a valid domain name.</translation>
    </message>
    <message>
      <source>%1 matches rule %2 (%3): %4.</source>
      <translation>%1 matches rule %2 (%3): %4.</translation>
    </message>
    <message>
      <source>No rule matches %1: confabd looks up its servers in DNS (SRV records).</source>
      <translation>No rule matches %1: confabd looks up its servers in DNS (SRV records).</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SecurityPage</name>
    <message>
      <source>Security</source>
      <translation>Security</translation>
    </message>
    <message>
      <source>Send encrypted only</source>
      <translation>Send encrypted only</translation>
    </message>
    <message>
      <source>confabd talks to these remote domains only over TLS with a valid certificate.</source>
      <translation>confabd talks to these remote domains only over TLS with a valid certificate.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Trusted certificate authorities</source>
      <translation>Trusted certificate authorities</translation>
    </message>
    <message>
      <source>Trusted for server-to-server TLS in addition to the system's.</source>
      <translation>Trusted for server-to-server TLS in addition to the system's.</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Subject</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valid until</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Add from file…</source>
      <translation>Add from file…</translation>
    </message>
    <message>
      <source>Certificates of the hosted domains</source>
      <translation>Certificates of the hosted domains</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domain</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Issued by</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Names</translation>
    </message>
    <message>
      <source>Import certificate…</source>
      <translation>Import certificate…</translation>
    </message>
    <message>
      <source>Trust a CA certificate</source>
      <translation>Trust a CA certificate</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>self-signed</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>a certificate authority</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Use a domain name where * stands for any characters, e.g. *.example.com.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>Cannot read %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) added.</source>
      <translation>
        <numerusform>%n certificate added.</numerusform>
        <numerusform>%n certificates added.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 now uses the certificate for %2.</source>
      <translation>%1 now uses the certificate for %2.</translation>
    </message>
    <message>
      <source>Import certificate</source>
      <translation>Import certificate</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Choose a file</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domain:</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Certificate (PEM or PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Private key (PEM; not for PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Passphrase (PFX or encrypted key):</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::Session</name>
    <message>
      <source>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</source>
      <translation>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</translation>
    </message>
    <message>
      <source>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</source>
      <translation>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</translation>
    </message>
    <message>
      <source>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</source>
      <translation>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</translation>
    </message>
    <message>
      <source>The connection to confabd was lost. Reconnecting…</source>
      <translation>The connection to confabd was lost. Reconnecting…</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>The admin password is wrong.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsForm</name>
    <message>
      <source>Outgoing server queue (stanzas)</source>
      <translation>Outgoing server queue (stanzas)</translation>
    </message>
    <message>
      <source>Client send buffer (bytes)</source>
      <translation>Client send buffer (bytes)</translation>
    </message>
    <message>
      <source>New connections per address per minute</source>
      <translation>New connections per address per minute</translation>
    </message>
    <message>
      <source>Stanzas per second per client</source>
      <translation>Stanzas per second per client</translation>
    </message>
    <message>
      <source>Attributes per element</source>
      <translation>Attributes per element</translation>
    </message>
    <message>
      <source>Largest attribute value (bytes)</source>
      <translation>Largest attribute value (bytes)</translation>
    </message>
    <message>
      <source>Contacts per user</source>
      <translation>Contacts per user</translation>
    </message>
    <message>
      <source>Largest admin request (bytes)</source>
      <translation>Largest admin request (bytes)</translation>
    </message>
    <message>
      <source>Network threads</source>
      <translation>Network threads</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>Nothing</translation>
    </message>
    <message>
      <source>Major events</source>
      <translation>Major events</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>Low level</source>
      <translation>Low level</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. %1</source>
      <translation>Comma-separated, e.g. %1</translation>
    </message>
    <message>
      <source>Connection limit</source>
      <translation>Connection limit</translation>
    </message>
    <message>
      <source>Log level</source>
      <translation>Log level</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>Listen address</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>Client port</translation>
    </message>
    <message>
      <source>Server-to-server port</source>
      <translation>Server-to-server port</translation>
    </message>
    <message>
      <source>Client port (direct TLS)</source>
      <translation>Client port (direct TLS)</translation>
    </message>
    <message>
      <source>Clients must use TLS</source>
      <translation>Clients must use TLS</translation>
    </message>
    <message>
      <source>Largest stanza (bytes)</source>
      <translation>Largest stanza (bytes)</translation>
    </message>
    <message>
      <source>Deepest XML nesting</source>
      <translation>Deepest XML nesting</translation>
    </message>
    <message>
      <source>Login timeout (seconds)</source>
      <translation>Login timeout (seconds)</translation>
    </message>
    <message>
      <source>Client idle timeout (seconds)</source>
      <translation>Client idle timeout (seconds)</translation>
    </message>
    <message>
      <source>Delay after a failed login (ms)</source>
      <translation>Delay after a failed login (ms)</translation>
    </message>
    <message>
      <source>Server idle timeout (seconds)</source>
      <translation>Server idle timeout (seconds)</translation>
    </message>
    <message>
      <source>Queue timeout for remote servers (seconds)</source>
      <translation>Queue timeout for remote servers (seconds)</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>DNS server</translation>
    </message>
    <message>
      <source>Hide the operating system in version answers</source>
      <translation>Hide the operating system in version answers</translation>
    </message>
    <message>
      <source>Offline messages kept per user</source>
      <translation>Offline messages kept per user</translation>
    </message>
    <message>
      <source>New accounts per address and hour</source>
      <translation>New accounts per address and hour</translation>
    </message>
    <message>
      <source>Domain is served</source>
      <translation>Domain is served</translation>
    </message>
    <message>
      <source>Free registration from XMPP clients</source>
      <translation>Free registration from XMPP clients</translation>
    </message>
    <message>
      <source>Users may change their password</source>
      <translation>Users may change their password</translation>
    </message>
    <message>
      <source>Anonymous login</source>
      <translation>Anonymous login</translation>
    </message>
    <message>
      <source>Old authentication methods</source>
      <translation>Old authentication methods</translation>
    </message>
    <message>
      <source>SASL methods allowed</source>
      <translation>SASL methods allowed</translation>
    </message>
    <message>
      <source>Extra service discovery items</source>
      <translation>Extra service discovery items</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>Certificate file</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revert</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Apply changes</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Some values are not valid; they are marked. Nothing was changed.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Nothing to change.</translation>
    </message>
    <message>
      <source>Settings saved. New ports and the listen address take effect when confabd restarts.</source>
      <translation>Settings saved. New ports and the listen address take effect when confabd restarts.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Settings saved.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SetupWizard</name>
    <message>
      <source>Set up Confab</source>
      <translation>Set up Confab</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>“%1” is not a valid domain name.</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>Setting up…</translation>
    </message>
    <message>
      <source>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</source>
      <translation>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</translation>
    </message>
    <message>
      <source>Copy records</source>
      <translation>Copy records</translation>
    </message>
    <message>
      <source>Your XMPP domain</source>
      <translation>Your XMPP domain</translation>
    </message>
    <message>
      <source>Addresses will look like user@domain. Usually this is your company's domain name.</source>
      <translation>Addresses will look like user@domain. Usually this is your company's domain name.</translation>
    </message>
    <message>
      <source>Domain name:</source>
      <translation>Domain name:</translation>
    </message>
    <message>
      <source>Host name of this server:</source>
      <translation>Host name of this server:</translation>
    </message>
    <message>
      <source>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</source>
      <translation>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</translation>
    </message>
    <message>
      <source>“%1” is not a valid host name.</source>
      <translation>“%1” is not a valid host name.</translation>
    </message>
    <message>
      <source>Admin password</source>
      <translation>Admin password</translation>
    </message>
    <message>
      <source>The manager and confabctl ask for this password. Use at least 8 characters.</source>
      <translation>The manager and confabctl ask for this password. Use at least 8 characters.</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Repeat password:</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>The two passwords are not the same.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certificate</translation>
    </message>
    <message>
      <source>Clients and servers check this certificate when they connect with TLS.</source>
      <translation>Clients and servers check this certificate when they connect with TLS.</translation>
    </message>
    <message>
      <source>Generate a self-signed certificate now (replace it later)</source>
      <translation>Generate a self-signed certificate now (replace it later)</translation>
    </message>
    <message>
      <source>Import a certificate from a certificate authority</source>
      <translation>Import a certificate from a certificate authority</translation>
    </message>
    <message>
      <source>Other servers and most clients do not trust a self-signed certificate.</source>
      <translation>Other servers and most clients do not trust a self-signed certificate.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Choose a file</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Certificate (PEM or PFX):</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Private key (PEM; not for PFX):</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Passphrase (PFX or encrypted key):</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>Ports</translation>
    </message>
    <message>
      <source>The standard ports suit almost every installation. Open them in your firewall.</source>
      <translation>The standard ports suit almost every installation. Open them in your firewall.</translation>
    </message>
    <message>
      <source>Clients (STARTTLS):</source>
      <translation>Clients (STARTTLS):</translation>
    </message>
    <message>
      <source>Other servers:</source>
      <translation>Other servers:</translation>
    </message>
    <message>
      <source>Clients (direct TLS):</source>
      <translation>Clients (direct TLS):</translation>
    </message>
    <message>
      <source>Each port must be different.</source>
      <translation>Each port must be different.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Registration</translation>
    </message>
    <message>
      <source>Who may create accounts?</source>
      <translation>Who may create accounts?</translation>
    </message>
    <message>
      <source>Anyone may create an account from an XMPP client (free registration)</source>
      <translation>Anyone may create an account from an XMPP client (free registration)</translation>
    </message>
    <message>
      <source>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</source>
      <translation>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Finish sets up confabd with these values.</source>
      <translation>Finish sets up confabd with these values.</translation>
    </message>
    <message>
      <source>DNS SRV records to publish:</source>
      <translation>DNS SRV records to publish:</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domain:</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>Certificate:</translation>
    </message>
    <message>
      <source>imported from %1</source>
      <translation>imported from %1</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>self-signed</translation>
    </message>
    <message>
      <source>Ports:</source>
      <translation>Ports:</translation>
    </message>
    <message>
      <source>clients %1, servers %2, direct TLS %3</source>
      <translation>clients %1, servers %2, direct TLS %3</translation>
    </message>
    <message>
      <source>Free registration:</source>
      <translation>Free registration:</translation>
    </message>
    <message>
      <source>on</source>
      <translation>on</translation>
    </message>
    <message>
      <source>off</source>
      <translation>off</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::UsersPage</name>
    <message>
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Address (user@domain):</source>
      <translation>Address (user@domain):</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Password:</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Repeat password:</translation>
    </message>
    <message>
      <source>Search user names</source>
      <translation>Search user names</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domain:</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>Add user…</translation>
    </message>
    <message>
      <source>Set password…</source>
      <translation>Set password…</translation>
    </message>
    <message>
      <source>Disable / enable</source>
      <translation>Disable / enable</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Remove…</translation>
    </message>
    <message>
      <source>Remove user</source>
      <translation>Remove user</translation>
    </message>
    <message>
      <source>Delete the account %1 and everything stored for it?</source>
      <translation>Delete the account %1 and everything stored for it?</translation>
    </message>
    <message>
      <source>All domains</source>
      <translation>All domains</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>disabled</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>The two passwords are not the same.</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>Select a user first.</source>
      <translation>Select a user first.</translation>
    </message>
    <message>
      <source>Set password</source>
      <translation>Set password</translation>
    </message>
    <message>
      <source>“%1” is not an address of the form user@domain.</source>
      <translation>“%1” is not an address of the form user@domain.</translation>
    </message>
    <message>
      <source>The account %1 was created.</source>
      <translation>The account %1 was created.</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>The password of %1 was changed.</translation>
    </message>
    <message>
      <source>%1 can no longer log in.</source>
      <translation>%1 can no longer log in.</translation>
    </message>
    <message>
      <source>%1 can log in again.</source>
      <translation>%1 can log in again.</translation>
    </message>
    <message>
      <source>The account %1 was deleted.</source>
      <translation>The account %1 was deleted.</translation>
    </message>
  </context>
</TS>
