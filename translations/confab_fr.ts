<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>CertificateFile</name>
    <message>
      <source>Cannot read %1.</source>
      <translation>Impossible de lire %1.</translation>
    </message>
    <message>
      <source>The PFX file could not be opened: it is damaged or the passphrase is wrong.</source>
      <translation>Impossible d’ouvrir le fichier PFX : il est endommagé ou la phrase secrète est fausse.</translation>
    </message>
    <message>
      <source>%1 does not contain a PEM certificate.</source>
      <translation>%1 ne contient pas de certificat PEM.</translation>
    </message>
    <message>
      <source>No private key was found, or its passphrase is wrong.</source>
      <translation>Aucune clé privée trouvée, ou sa phrase secrète est fausse.</translation>
    </message>
    <message>
      <source>The certificate expired on %1.</source>
      <translation>Le certificat a expiré le %1.</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>confabd is not running.</source>
      <translation>confabd n’est pas démarré.</translation>
    </message>
    <message>
      <source>confabd refused the connection.</source>
      <translation>confabd a refusé la connexion.</translation>
    </message>
    <message>
      <source>You may not open the control socket.</source>
      <translation>Vous n’avez pas le droit d’ouvrir le socket de contrôle.</translation>
    </message>
    <message>
      <source>confabd reported an error: {code}</source>
      <translation>confabd a signalé une erreur : {code}</translation>
    </message>
    <message>
      <source>Only requests may be sent to confabd.</source>
      <translation>Seules des requêtes peuvent être envoyées à confabd.</translation>
    </message>
    <message>
      <source>Cannot create the control socket directory {path}.</source>
      <translation>Impossible de créer le dossier du socket de contrôle {path}.</translation>
    </message>
    <message>
      <source>Another confabd is already listening on {path}.</source>
      <translation>Un autre confabd écoute déjà sur {path}.</translation>
    </message>
    <message>
      <source>Cannot listen on the control socket {path}: {reason}</source>
      <translation>Impossible d’écouter sur le socket de contrôle {path} : {reason}</translation>
    </message>
    <message>
      <source>Authenticate with the admin password first.</source>
      <translation>Identifiez-vous d’abord avec le mot de passe administrateur.</translation>
    </message>
    <message>
      <source>There is no method {method}.</source>
      <translation>La méthode {method} n’existe pas.</translation>
    </message>
    <message>
      <source>No admin password is set yet; run the setup first.</source>
      <translation>Aucun mot de passe administrateur n’est encore défini ; lancez d’abord la configuration.</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>Le mot de passe administrateur est faux.</translation>
    </message>
    <message>
      <source>The server is already set up.</source>
      <translation>Le serveur est déjà configuré.</translation>
    </message>
    <message>
      <source>The text is not a PEM-encoded X.509 certificate.</source>
      <translation>Le texte n’est pas un certificat X.509 au format PEM.</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
      <source>The private key is missing, encrypted or does not belong to the certificate.</source>
      <translation>La clé privée manque, est chiffrée ou ne correspond pas au certificat.</translation>
    </message>
    <message>
      <source>There is no setting {key}.</source>
      <translation>Le paramètre {key} n’existe pas.</translation>
    </message>
    <message>
      <source>There is no routing rule {id}.</source>
      <translation>La règle de routage {id} n’existe pas.</translation>
    </message>
    <message>
      <source>There is no session {id}.</source>
      <translation>La session {id} n’existe pas.</translation>
    </message>
    <message>
      <source>There is no trusted certificate {id}.</source>
      <translation>Le certificat de confiance {id} n’existe pas.</translation>
    </message>
    <message>
      <source>There is no account {jid}.</source>
      <translation>Le compte {jid} n’existe pas.</translation>
    </message>
    <message>
      <source>The parameter {param} is missing or invalid.</source>
      <translation>Le paramètre {param} manque ou n’est pas valide.</translation>
    </message>
    <message>
      <source>{domain} is not a valid domain name.</source>
      <translation>{domain} n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
      <source>The domain {domain} is not hosted on this server.</source>
      <translation>Le domaine {domain} n’est pas hébergé sur ce serveur.</translation>
    </message>
    <message>
      <source>{jid} is not a valid user address (user@domain).</source>
      <translation>{jid} n’est pas une adresse d’utilisateur valide (user@domain).</translation>
    </message>
    <message>
      <source>The password is empty or contains characters that are not allowed</source>
      <translation>Le mot de passe est vide ou contient des caractères interdits</translation>
    </message>
    <message>
      <source>Account {user}@{domain} does not exist</source>
      <translation>Le compte {user}@{domain} n’existe pas</translation>
    </message>
    <message>
      <source>Domain {domain} does not exist</source>
      <translation>Le domaine {domain} n’existe pas</translation>
    </message>
    <message>
      <source>Account {user}@{domain} already exists</source>
      <translation>Le compte {user}@{domain} existe déjà</translation>
    </message>
    <message>
      <source>The admin password must have at least {min} characters and no control characters</source>
      <translation>Le mot de passe administrateur doit comporter au moins {min} caractères et aucun caractère de contrôle</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>Impossible d’ouvrir la base de données {path} : {detail}</translation>
    </message>
    <message>
      <source>The domain name is empty</source>
      <translation>Le nom de domaine est vide</translation>
    </message>
    <message>
      <source>Domain {domain} already exists</source>
      <translation>Le domaine {domain} existe déjà</translation>
    </message>
    <message>
      <source>Invalid value for setting {key}</source>
      <translation>Valeur non valide pour le paramètre {key}</translation>
    </message>
    <message>
      <source>Database migration {version} failed: {detail}</source>
      <translation>La migration {version} de la base de données a échoué : {detail}</translation>
    </message>
    <message>
      <source>The database has schema version {version}, newer than this program supports ({supported})</source>
      <translation>La base de données a le schéma version {version}, plus récent que ce que ce programme prend en charge ({supported})</translation>
    </message>
    <message>
      <source>Offline storage for {user}@{domain} is full ({limit} messages)</source>
      <translation>Le stockage hors ligne de {user}@{domain} est plein ({limit} messages)</translation>
    </message>
    <message>
      <source>{contact} is not in the roster of {user}@{domain}</source>
      <translation>{contact} n’est pas dans la liste de contacts de {user}@{domain}</translation>
    </message>
    <message>
      <source>Routing rule {id} does not exist</source>
      <translation>La règle de routage {id} n’existe pas</translation>
    </message>
    <message>
      <source>{pattern} is not a valid domain pattern</source>
      <translation>{pattern} n’est pas un motif de domaine valide</translation>
    </message>
    <message>
      <source>Unknown routing action {action}</source>
      <translation>Action de routage inconnue {action}</translation>
    </message>
    <message>
      <source>A relay rule needs a relay host</source>
      <translation>Une règle de relais a besoin d’un hôte relais</translation>
    </message>
    <message>
      <source>{host} is not a valid relay host</source>
      <translation>{host} n’est pas un hôte relais valide</translation>
    </message>
    <message>
      <source>{port} is not a valid port</source>
      <translation>{port} n’est pas un port valide</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Erreur de base de données : {detail}</translation>
    </message>
    <message>
      <source>The database is not open</source>
      <translation>La base de données n’est pas ouverte</translation>
    </message>
    <message>
      <source>TLS is already required for {pattern}</source>
      <translation>TLS est déjà exigé pour {pattern}</translation>
    </message>
    <message>
      <source>TLS is not required for {pattern}</source>
      <translation>TLS n’est pas exigé pour {pattern}</translation>
    </message>
    <message>
      <source>The CA certificate is not in PEM format</source>
      <translation>Le certificat d’AC n’est pas au format PEM</translation>
    </message>
    <message>
      <source>Trusted CA certificate {id} does not exist</source>
      <translation>Le certificat d’AC de confiance {id} n’existe pas</translation>
    </message>
    <message>
      <source>A line is longer than {max} bytes</source>
      <translation>Une ligne dépasse {max} octets</translation>
    </message>
    <message>
      <source>Not connected to confabd</source>
      <translation>Pas connecté à confabd</translation>
    </message>
    <message>
      <source>confabd did not answer within {ms} ms</source>
      <translation>confabd n’a pas répondu dans les {ms} ms</translation>
    </message>
    <message>
      <source>The connection to confabd was lost</source>
      <translation>La connexion à confabd a été perdue</translation>
    </message>
    <message>
      <source>The message is neither a request, a response nor an event</source>
      <translation>Le message n’est ni une requête, ni une réponse, ni un événement</translation>
    </message>
    <message>
      <source>The line is not valid JSON: {reason}</source>
      <translation>La ligne n’est pas du JSON valide : {reason}</translation>
    </message>
    <message>
      <source>{name} must be true or false</source>
      <translation>{name} doit valoir true ou false</translation>
    </message>
    <message>
      <source>{name} must be a whole number from {min} to {max}</source>
      <translation>{name} doit être un nombre entier de {min} à {max}</translation>
    </message>
    <message>
      <source>{name}: {value} is not an IP address</source>
      <translation>{name} : {value} n’est pas une adresse IP</translation>
    </message>
    <message>
      <source>{name}: {value} must name a file inside the data directory</source>
      <translation>{name} : {value} doit désigner un fichier dans le dossier de données</translation>
    </message>
    <message>
      <source>{name}: {value} is not a valid XMPP address</source>
      <translation>{name} : {value} n’est pas une adresse XMPP valide</translation>
    </message>
    <message>
      <source>{name} must be text</source>
      <translation>{name} doit être un texte</translation>
    </message>
    <message>
      <source>{name} must be a list of non-empty texts</source>
      <translation>{name} doit être une liste de textes non vides</translation>
    </message>
    <message>
      <source>{value} is not allowed in {name}; allowed: {choices}</source>
      <translation>{value} n’est pas autorisé dans {name} ; autorisé : {choices}</translation>
    </message>
    <message>
      <source>{name} must be one of: {choices}</source>
      <translation>{name} doit être l’un de : {choices}</translation>
    </message>
    <message>
      <source>There is no setting {name}</source>
      <translation>Le paramètre {name} n’existe pas</translation>
    </message>
  </context>
  <context>
    <name>LogCatalog</name>
    <message>
      <source>confabd {version} started, data directory {dataDir}</source>
      <translation>confabd {version} démarré, dossier de données {dataDir}</translation>
    </message>
    <message>
      <source>confabd stopping ({reason})</source>
      <translation>arrêt de confabd ({reason})</translation>
    </message>
    <message>
      <source>Listening on {address}:{port} ({kind})</source>
      <translation>Écoute sur {address}:{port} ({kind})</translation>
    </message>
    <message>
      <source>Cannot listen on {address}:{port} ({kind}): {reason}</source>
      <translation>Impossible d’écouter sur {address}:{port} ({kind}) : {reason}</translation>
    </message>
    <message>
      <source>Connection from {address}</source>
      <translation>Connexion depuis {address}</translation>
    </message>
    <message>
      <source>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Connexion depuis {address} fermée ({jid} ; {bytesIn} octets reçus, {bytesOut} octets envoyés)</translation>
    </message>
    <message>
      <source>TLS established ({protocol}, {cipher})</source>
      <translation>TLS établi ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{jid} authenticated with {mechanism}</source>
      <translation>{jid} authentifié avec {mechanism}</translation>
    </message>
    <message>
      <source>Authentication failed for {user} from {address}: {reason}</source>
      <translation>Échec d’authentification de {user} depuis {address} : {reason}</translation>
    </message>
    <message>
      <source>Resource bound: {jid}</source>
      <translation>Ressource liée : {jid}</translation>
    </message>
    <message>
      <source>Stream error {condition} sent to {address} ({jid}): {text}</source>
      <translation>Erreur de flux {condition} envoyée à {address} ({jid}) : {text}</translation>
    </message>
    <message>
      <source>Connection from {address} refused: the limit of {limit} concurrent connections is reached</source>
      <translation>Connexion depuis {address} refusée : la limite de {limit} connexions simultanées est atteinte</translation>
    </message>
    <message>
      <source>Connection from {address} refused: more than {limit} connections from it within a minute</source>
      <translation>Connexion de {address} refusée : plus de {limit} connexions depuis cette adresse en une minute</translation>
    </message>
    <message>
      <source>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</source>
      <translation>Connexion de {address} interrompue : elle ne lit pas ce qui lui est envoyé ({bytes} octets en attente)</translation>
    </message>
    <message>
      <source>Account {jid} created in-band from {address}</source>
      <translation>Compte {jid} créé depuis un client à {address}</translation>
    </message>
    <message>
      <source>In-band registration of "{user}" on {domain} from {address} refused: {reason}</source>
      <translation>Inscription de « {user} » sur {domain} depuis {address} refusée : {reason}</translation>
    </message>
    <message>
      <source>{jid} changed its password in-band</source>
      <translation>{jid} a changé son mot de passe depuis son client</translation>
    </message>
    <message>
      <source>In-band password change of {jid} refused: {reason}</source>
      <translation>Changement de mot de passe de {jid} depuis le client refusé : {reason}</translation>
    </message>
    <message>
      <source>{jid} removed its account in-band</source>
      <translation>{jid} a supprimé son compte depuis son client</translation>
    </message>
    <message>
      <source>In-band removal of the account {jid} failed: {reason}</source>
      <translation>La suppression du compte {jid} depuis le client a échoué : {reason}</translation>
    </message>
    <message>
      <source>Control connection opened</source>
      <translation>Connexion de contrôle ouverte</translation>
    </message>
    <message>
      <source>Control connection failed to authenticate: wrong admin password ({failures} in a row)</source>
      <translation>La connexion de contrôle n’a pas pu s’authentifier : mot de passe administrateur faux ({failures} de suite)</translation>
    </message>
    <message>
      <source>Control connection authenticated</source>
      <translation>Connexion de contrôle authentifiée</translation>
    </message>
    <message>
      <source>First-run setup completed for domain {domain}</source>
      <translation>Configuration initiale terminée pour le domaine {domain}</translation>
    </message>
    <message>
      <source>Control connection closed</source>
      <translation>Connexion de contrôle fermée</translation>
    </message>
    <message>
      <source>Control socket listening on {path}</source>
      <translation>Socket de contrôle en écoute sur {path}</translation>
    </message>
    <message>
      <source>First-run setup: admin password set</source>
      <translation>Configuration initiale : mot de passe administrateur défini</translation>
    </message>
    <message>
      <source>Admin added the domain {domain}</source>
      <translation>L’administrateur a ajouté le domaine {domain}</translation>
    </message>
    <message>
      <source>Admin removed the domain {domain} and its accounts</source>
      <translation>L’administrateur a supprimé le domaine {domain} et ses comptes</translation>
    </message>
    <message>
      <source>Admin set {key} = {value} for the domain {domain}</source>
      <translation>L’administrateur a défini {key} = {value} pour le domaine {domain}</translation>
    </message>
    <message>
      <source>Admin reset {key} to its default for the domain {domain}</source>
      <translation>L’administrateur a remis {key} à sa valeur par défaut pour le domaine {domain}</translation>
    </message>
    <message>
      <source>Admin added the account {jid}</source>
      <translation>L’administrateur a ajouté le compte {jid}</translation>
    </message>
    <message>
      <source>Admin changed the password of {jid}</source>
      <translation>L’administrateur a changé le mot de passe de {jid}</translation>
    </message>
    <message>
      <source>Admin removed the account {jid}</source>
      <translation>L’administrateur a supprimé le compte {jid}</translation>
    </message>
    <message>
      <source>Admin disabled the account {jid}</source>
      <translation>L’administrateur a désactivé le compte {jid}</translation>
    </message>
    <message>
      <source>Admin enabled the account {jid}</source>
      <translation>L’administrateur a réactivé le compte {jid}</translation>
    </message>
    <message>
      <source>Admin set the global setting {key} = {value}</source>
      <translation>L’administrateur a défini le paramètre global {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset the global setting {key} to its default</source>
      <translation>L’administrateur a remis le paramètre global {key} à sa valeur par défaut</translation>
    </message>
    <message>
      <source>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>L’administrateur a ajouté la règle de routage {id} : {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>L’administrateur a modifié la règle de routage {id} : {pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin removed routing rule {id} ({pattern})</source>
      <translation>L’administrateur a supprimé la règle de routage {id} ({pattern})</translation>
    </message>
    <message>
      <source>Admin moved routing rule {id} to position {position}</source>
      <translation>L’administrateur a déplacé la règle de routage {id} en position {position}</translation>
    </message>
    <message>
      <source>Admin required TLS with a valid certificate for {pattern}</source>
      <translation>L’administrateur exige TLS avec un certificat valide pour {pattern}</translation>
    </message>
    <message>
      <source>Admin no longer requires TLS for {pattern}</source>
      <translation>L’administrateur n’exige plus TLS pour {pattern}</translation>
    </message>
    <message>
      <source>Admin trusted the CA certificate {id}: {subject}</source>
      <translation>L’administrateur fait confiance au certificat d’AC {id} : {subject}</translation>
    </message>
    <message>
      <source>Admin removed the trusted CA certificate {id}: {subject}</source>
      <translation>L’administrateur a retiré le certificat d’AC de confiance {id} : {subject}</translation>
    </message>
    <message>
      <source>Admin imported a certificate for {domain}: {subject}, valid until {expires}</source>
      <translation>L’administrateur a importé un certificat pour {domain} : {subject}, valide jusqu’au {expires}</translation>
    </message>
    <message>
      <source>Admin disconnected the session {id}</source>
      <translation>L’administrateur a déconnecté la session {id}</translation>
    </message>
    <message>
      <source>Database opened: {path}</source>
      <translation>Base de données ouverte : {path}</translation>
    </message>
    <message>
      <source>Database migrated from schema version {from} to {to}</source>
      <translation>Base de données migrée du schéma version {from} à {to}</translation>
    </message>
    <message>
      <source>Database error in {operation}: {reason}</source>
      <translation>Erreur de base de données dans {operation} : {reason}</translation>
    </message>
    <message>
      <source>Roster or offline storage failed for {jid}: {reason}</source>
      <translation>Échec de la liste de contacts ou du stockage hors ligne pour {jid} : {reason}</translation>
    </message>
    <message>
      <source>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</source>
      <translation>Le stockage hors ligne de {jid} est plein ({limit} messages) : un message de {from} a été refusé</translation>
    </message>
    <message>
      <source>Generated a self-signed certificate for {domain}, valid until {expires}</source>
      <translation>Certificat auto-signé généré pour {domain}, valide jusqu’au {expires}</translation>
    </message>
    <message>
      <source>Loaded the certificate for {domain} from {path}, valid until {expires}</source>
      <translation>Certificat de {domain} chargé depuis {path}, valide jusqu’au {expires}</translation>
    </message>
    <message>
      <source>Certificate for {domain} unusable: {reason}</source>
      <translation>Certificat de {domain} inutilisable : {reason}</translation>
    </message>
    <message>
      <source>Connecting to {domain} at {host} ({address}) port {port}</source>
      <translation>Connexion à {domain} via {host} ({address}) port {port}</translation>
    </message>
    <message>
      <source>Could not connect to {domain} at {host} port {port}</source>
      <translation>Impossible de se connecter à {domain} via {host} port {port}</translation>
    </message>
    <message>
      <source>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</source>
      <translation>TLS avec {domain} établi ({protocol}, {cipher}) ; certificat : {certificate}</translation>
    </message>
    <message>
      <source>{from} authenticated to {to} with {method}</source>
      <translation>{from} authentifié auprès de {to} avec {method}</translation>
    </message>
    <message>
      <source>{to} refused SASL EXTERNAL for {from}; trying dialback</source>
      <translation>{to} a refusé SASL EXTERNAL pour {from} ; essai du dialback</translation>
    </message>
    <message>
      <source>{to} answered dialback for {from} with {type}</source>
      <translation>{to} a répondu au dialback pour {from} avec {type}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} failed: {reason}</source>
      <translation>La connexion serveur à serveur vers {domain} a échoué : {reason}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} closed</source>
      <translation>Connexion serveur à serveur vers {domain} fermée</translation>
    </message>
    <message>
      <source>Returned a stanza from {from} to {to} with {condition}: {reason}</source>
      <translation>Stanza de {from} à {to} renvoyée avec {condition} : {reason}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from} to {to})</source>
      <translation>Connexion serveur depuis {address} ({from} vers {to})</translation>
    </message>
    <message>
      <source>TLS with {from} established ({protocol}, {cipher})</source>
      <translation>TLS avec {from} établi ({protocol}, {cipher})</translation>
    </message>
    <message>
      <source>{from} authenticated for {to} with {method}</source>
      <translation>{from} authentifié pour {to} avec {method}</translation>
    </message>
    <message>
      <source>Refused {from} for {to}: {reason}</source>
      <translation>{from} refusé pour {to} : {reason}</translation>
    </message>
    <message>
      <source>Dialback key check from {from} for {to}: valid {valid}</source>
      <translation>Vérification de clé dialback de {from} pour {to} : valide {valid}</translation>
    </message>
    <message>
      <source>Server stream from {address} ({domain}) ended with {condition}: {text}</source>
      <translation>Le flux serveur depuis {address} ({domain}) s’est terminé par {condition} : {text}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>Connexion serveur depuis {address} ({from}) fermée ({bytesIn} octets reçus, {bytesOut} octets envoyés)</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</source>
      <translation>Octets que confabd met en attente pour une connexion dont le pair ne lit pas ce qu'on lui envoie ; au-delà, la connexion est fermée, afin qu'un client qui cesse de lire ne puisse pas faire stocker son trafic sans limite au serveur.</translation>
    </message>
    <message>
      <source>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</source>
      <translation>Nouvelles connexions qu'une adresse réseau (un réseau IPv6 /64 compte pour une) peut ouvrir en une minute ; les suivantes sont refusées avec l'erreur de flux resource-constraint. 0 supprime la limite.</translation>
    </message>
    <message>
      <source>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</source>
      <translation>Stanzas par seconde qu'une connexion client peut envoyer (des pointes du double sont permises) ; un client plus rapide est ralenti en lisant son flux plus tard, sans gêner les autres. 0 supprime la limite.</translation>
    </message>
    <message>
      <source>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</source>
      <translation>Nombre maximal d'attributs (déclarations d'espace de noms comprises) d'un élément XML ; un élément qui en a plus est traité comme une stanza trop grande.</translation>
    </message>
    <message>
      <source>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</source>
      <translation>Valeur d'attribut la plus longue acceptée, en caractères ; une valeur plus longue est traitée comme une stanza trop grande.</translation>
    </message>
    <message>
      <source>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</source>
      <translation>Nombre maximal de contacts dans la liste d'un compte ; en ajouter davantage est refusé avec l'erreur resource-constraint.</translation>
    </message>
    <message>
      <source>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</source>
      <translation>Requête la plus longue, en octets, que le gestionnaire ou confabctl peut envoyer sur le socket de contrôle (une importation de certificat transporte les fichiers PEM, en général quelques kilo-octets). Une requête plus longue reçoit une erreur ; la connexion reste utilisable. S'applique aux connexions de contrôle ouvertes ensuite.</translation>
    </message>
    <message>
      <source>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</source>
      <translation>Nombre maximal de connexions simultanées (clients et serveurs ensemble). Les connexions au-delà sont refusées jusqu’à ce que d’autres se ferment.</translation>
    </message>
    <message>
      <source>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</source>
      <translation>Threads qui font le travail réseau des connexions (lecture, écriture, chiffrement TLS) à côté du thread principal, qui traite la partie XMPP. -1 choisit : un par processeur au-delà du premier, 4 au plus, et aucun sur un seul processeur. 0 fait tout dans le thread principal. Prend effet au redémarrage de confabd.</translation>
    </message>
    <message>
      <source>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</source>
      <translation>Ce que confabd journalise : nothing – rien ; major – démarrage, arrêt, pannes d’un service entier ; problems – aussi les erreurs causées par un client, un autre serveur ou la configuration ; low – aussi les connexions, authentifications et décisions de routage ; all – aussi chaque stanza.</translation>
    </message>
    <message>
      <source>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</source>
      <translation>Adresse IP sur laquelle écoutent les services XMPP. "::" signifie toutes les adresses IPv4 et IPv6 de cette machine, "0.0.0.0" seulement toutes les adresses IPv4 ; ou indiquez une adresse de cette machine.</translation>
    </message>
    <message>
      <source>TCP port for client connections (STARTTLS).</source>
      <translation>Port TCP des connexions client (STARTTLS).</translation>
    </message>
    <message>
      <source>TCP port for connections from other XMPP servers.</source>
      <translation>Port TCP des connexions venant d’autres serveurs XMPP.</translation>
    </message>
    <message>
      <source>TCP port for client connections that start with TLS directly (XEP-0368).</source>
      <translation>Port TCP des connexions client qui commencent directement par TLS (XEP-0368).</translation>
    </message>
    <message>
      <source>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</source>
      <translation>Les clients doivent établir TLS avant de s’authentifier. Désactivé, mots de passe et messages traversent le réseau en clair ; seulement pour des tests sur un réseau de confiance.</translation>
    </message>
    <message>
      <source>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</source>
      <translation>Plus grande stanza acceptée, en octets. Un client ou serveur qui en envoie une plus grande reçoit une erreur de flux policy-violation et est déconnecté.</translation>
    </message>
    <message>
      <source>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</source>
      <translation>Imbrication maximale d’éléments XML acceptée dans un flux ; au-delà, l’entrée est traitée comme une stanza trop grande.</translation>
    </message>
    <message>
      <source>Seconds a new client connection has to authenticate before it is closed.</source>
      <translation>Secondes dont dispose une nouvelle connexion client pour s’authentifier avant d’être fermée.</translation>
    </message>
    <message>
      <source>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</source>
      <translation>Secondes sans données d’un client authentifié après lesquelles sa connexion est fermée (les clients envoient des keep-alive bien plus souvent).</translation>
    </message>
    <message>
      <source>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</source>
      <translation>Millisecondes d’attente avant de répondre à une authentification échouée, pour ralentir la recherche de mots de passe.</translation>
    </message>
    <message>
      <source>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</source>
      <translation>Secondes sans trafic après lesquelles une connexion vers ou depuis un autre serveur est fermée ; elle est rouverte au besoin.</translation>
    </message>
    <message>
      <source>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</source>
      <translation>Secondes pendant lesquelles les stanzas pour un domaine distant attendent l’établissement de la connexion ; ensuite elles sont renvoyées à leurs expéditeurs avec une erreur.</translation>
    </message>
    <message>
      <source>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</source>
      <translation>Adresse IP du serveur DNS utilisé pour trouver les autres serveurs XMPP. Vide : la configuration DNS du système.</translation>
    </message>
    <message>
      <source>Leave the operating system out of software version answers (XEP-0092).</source>
      <translation>Ne pas indiquer le système d’exploitation dans les réponses de version logicielle (XEP-0092).</translation>
    </message>
    <message>
      <source>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</source>
      <translation>Messages conservés pour un utilisateur hors ligne ; les suivants sont refusés avec une erreur pour l’expéditeur. 0 désactive le stockage hors ligne.</translation>
    </message>
    <message>
      <source>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</source>
      <translation>Comptes qu’une adresse réseau (un réseau IPv6 /64 compte pour une) peut créer depuis un client en une heure sur les domaines à inscription libre ; les tentatives suivantes sont refusées. 0 supprime la limite.</translation>
    </message>
    <message>
      <source>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</source>
      <translation>Le domaine est servi. Un domaine désactivé garde ses comptes et ses données mais n’accepte ni connexions ni stanzas.</translation>
    </message>
    <message>
      <source>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</source>
      <translation>Tout le monde peut créer un compte sur ce domaine depuis un client XMPP (XEP-0077). Laissez désactivé sauf si le serveur doit être public : l’inscription libre attire les spammeurs.</translation>
    </message>
    <message>
      <source>Users may change their own password from their client (XEP-0077).</source>
      <translation>Les utilisateurs peuvent changer leur mot de passe depuis leur client (XEP-0077).</translation>
    </message>
    <message>
      <source>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</source>
      <translation>Les clients peuvent se connecter sans compte (SASL ANONYMOUS) et reçoivent une adresse temporaire sur ce domaine.</translation>
    </message>
    <message>
      <source>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</source>
      <translation>Accepter aussi les anciennes méthodes d’authentification : connexion sans SASL (XEP-0078, jabber:iq:auth), CRAM-MD5 et DIGEST-MD5. Elles exigent de stocker chaque mot de passe sous forme réversible à côté des clés SCRAM salées : une base de données volée révèle donc les mots de passe. Les mots de passe définis pendant que ceci est désactivé ne fonctionnent avec ces méthodes qu’après avoir été redéfinis. À n’activer que pour d’anciens clients incapables d’utiliser SCRAM.</translation>
    </message>
    <message>
      <source>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</source>
      <translation>Mécanismes SASL proposés aux clients, le préféré d’abord. Les variantes -PLUS lient la connexion à la session TLS. CRAM-MD5 et DIGEST-MD5 ne s’appliquent qu’avec auth.legacy activé ; ANONYMOUS dépend de auth.anonymous.</translation>
    </message>
    <message>
      <source>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</source>
      <translation>Adresses supplémentaires listées dans les éléments de découverte de services de ce domaine (XEP-0030), par exemple une passerelle ou un service hébergé ailleurs.</translation>
    </message>
    <message>
      <source>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</source>
      <translation>Fichier PEM contenant la chaîne de certificats de ce domaine, dans le dossier de données. Vide : confabd génère un certificat auto-signé.</translation>
    </message>
    <message>
      <source>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</source>
      <translation>Stanzas pouvant attendre pour une paire de domaines local et distant pendant l’établissement de la connexion ; les suivantes sont renvoyées à leurs expéditeurs avec une erreur.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectPage</name>
    <message>
      <source>Connect to confabd</source>
      <translation>Se connecter à confabd</translation>
    </message>
    <message>
      <source>The manager talks to the Confab service on this computer through its control socket.</source>
      <translation>Le gestionnaire dialogue avec le service Confab de cet ordinateur par son socket de contrôle.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>Control socket:</source>
      <translation>Socket de contrôle :</translation>
    </message>
    <message>
      <source>Admin password:</source>
      <translation>Mot de passe administrateur :</translation>
    </message>
    <message>
      <source>Remember the password in the system keychain</source>
      <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>Choose the control socket</source>
      <translation>Choisir le socket de contrôle</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectionsPage</name>
    <message>
      <source>Connections</source>
      <translation>Connexions</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Address (JID or domain)</source>
      <translation>Adresse (JID ou domaine)</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Origine</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Chiffrement</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>Déconnecter</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <source>client</source>
      <translation>client</translation>
    </message>
    <message>
      <source>server</source>
      <translation>serveur</translation>
    </message>
    <message>
      <source>not yet known</source>
      <translation>pas encore connu</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>connecté</translation>
    </message>
    <message>
      <source>negotiating</source>
      <translation>en négociation</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>Session %1 was disconnected.</source>
      <translation>La session %1 a été déconnectée.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n heure</numerusform>
        <numerusform>%n heures</numerusform>
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
      <translation>Ports en écoute</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Certificats</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domaine</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valide jusqu’au</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Émis par</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Noms</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <source>running, %1</source>
      <translation>en marche, %1</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>Durée de fonctionnement</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>Domaines</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>Comptes utilisateur</translation>
    </message>
    <message>
      <source>Open connections</source>
      <translation>Connexions ouvertes</translation>
    </message>
    <message>
      <source>Logged-in sessions</source>
      <translation>Sessions connectées</translation>
    </message>
    <message>
      <source>Data directory</source>
      <translation>Dossier de données</translation>
    </message>
    <message>
      <source>clients and servers, direct TLS</source>
      <translation>clients et serveurs, TLS direct</translation>
    </message>
    <message>
      <source>clients and servers (STARTTLS)</source>
      <translation>clients et serveurs (STARTTLS)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>auto-signé</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>une autorité de certification</translation>
    </message>
    <message>
      <source>The certificate of %1 has expired. Clients and servers will refuse to connect.</source>
      <translation>Le certificat de %1 a expiré. Clients et serveurs refuseront de se connecter.</translation>
    </message>
    <message numerus="yes">
      <source>The certificate of %1 expires in %n day(s).</source>
      <translation>
        <numerusform>Le certificat de %1 expire dans %n jour.</numerusform>
        <numerusform>Le certificat de %1 expire dans %n jours.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</source>
      <translation>%1 utilise un certificat auto-signé : les autres serveurs et la plupart des clients ne lui feront pas confiance. Importez-en un d’une autorité de certification sur la page Sécurité.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DomainsPage</name>
    <message>
      <source>Domains</source>
      <translation>Domaines</translation>
    </message>
    <message>
      <source>example.com</source>
      <translation>example.com</translation>
    </message>
    <message>
      <source>Add domain</source>
      <translation>Ajouter le domaine</translation>
    </message>
    <message>
      <source>Remove domain…</source>
      <translation>Supprimer le domaine…</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Appliquer les modifications</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n user(s))</source>
      <translation>
        <numerusform>%1 (%n utilisateur)</numerusform>
        <numerusform>%1 (%n utilisateurs)</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a domain to host it.</source>
      <translation>Ajoutez un domaine pour l’héberger.</translation>
    </message>
    <message>
      <source>Settings of %1</source>
      <translation>Paramètres de %1</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>« %1 » n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
      <source>%1 is now hosted. confabd created a self-signed certificate for it.</source>
      <translation>%1 est maintenant hébergé. confabd a créé un certificat auto-signé pour lui.</translation>
    </message>
    <message>
      <source>Remove domain</source>
      <translation>Supprimer le domaine</translation>
    </message>
    <message>
      <source>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</source>
      <translation>Arrêter d’héberger %1 et supprimer tous ses comptes utilisateur ? C’est irréversible.</translation>
    </message>
    <message>
      <source>%1 is no longer hosted.</source>
      <translation>%1 n’est plus hébergé.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Certaines valeurs ne sont pas valides ; elles sont signalées. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Rien à modifier.</translation>
    </message>
    <message>
      <source>The settings of %1 were saved.</source>
      <translation>Les paramètres de %1 ont été enregistrés.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::LogsPage</name>
    <message>
      <source>Logs</source>
      <translation>Journal</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <source>major</source>
      <translation>majeur</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>problème</translation>
    </message>
    <message>
      <source>low level</source>
      <translation>bas niveau</translation>
    </message>
    <message>
      <source>detail</source>
      <translation>détail</translation>
    </message>
    <message>
      <source>Major events only</source>
      <translation>Événements majeurs seulement</translation>
    </message>
    <message>
      <source>Problems and major events</source>
      <translation>Problèmes et événements majeurs</translation>
    </message>
    <message>
      <source>Also low-level events</source>
      <translation>Aussi les événements de bas niveau</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Tout</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Toutes les étiquettes</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>Filtrer le texte</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>Suivre</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>Exporter le journal</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>The log was saved to %1.</source>
      <translation>Le journal a été enregistré dans %1.</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>Impossible d’écrire %1 : %2</translation>
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
      <translation>&amp;Serveur</translation>
    </message>
    <message>
      <source>Connect to another server…</source>
      <translation>Se connecter à un autre serveur…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>About Confab Manager</source>
      <translation>À propos de Confab Manager</translation>
    </message>
    <message>
      <source>Confab Manager %1: set-up and administration of the Confab XMPP server.</source>
      <translation>Confab Manager %1 : installation et administration du serveur XMPP Confab.</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>Connexion à %1…</translation>
    </message>
    <message>
      <source>Connected to %1. Enter the admin password.</source>
      <translation>Connecté à %1. Saisissez le mot de passe administrateur.</translation>
    </message>
    <message>
      <source>The manager reconnects on its own when confabd is back.</source>
      <translation>Le gestionnaire se reconnecte tout seul dès que confabd revient.</translation>
    </message>
    <message>
      <source>Connected to %1 (%2)</source>
      <translation>Connecté à %1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::PasswordVault</name>
    <message>
      <source>The system keychain cannot be used (%1). The manager works without it, but asks for the password each time.</source>
      <translation>Le trousseau du système est inutilisable (%1). Le gestionnaire fonctionne sans lui, mais demande le mot de passe à chaque fois.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::RoutingPage</name>
    <message>
      <source>Routing</source>
      <translation>Routage</translation>
    </message>
    <message>
      <source>refuse</source>
      <translation>refuser</translation>
    </message>
    <message>
      <source>relay to %1</source>
      <translation>relayer via %1</translation>
    </message>
    <message>
      <source>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</source>
      <translation>Le trafic vers les autres serveurs va normalement aux serveurs indiqués par leur DNS. Ces règles changent cela : la première règle dont le motif correspond au domaine distant décide. Faites glisser les règles pour changer leur ordre. * remplace n’importe quels caractères.</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <source>Relay through another server</source>
      <translation>Relayer via un autre serveur</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Refuser</translation>
    </message>
    <message>
      <source>default (5269)</source>
      <translation>par défaut (5269)</translation>
    </message>
    <message>
      <source>Remote domain pattern:</source>
      <translation>Motif du domaine distant :</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>Action :</translation>
    </message>
    <message>
      <source>Relay host:</source>
      <translation>Hôte relais :</translation>
    </message>
    <message>
      <source>Relay port:</source>
      <translation>Port du relais :</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>Commentaire :</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>Ajouter la règle</translation>
    </message>
    <message>
      <source>Save selected rule</source>
      <translation>Enregistrer la règle choisie</translation>
    </message>
    <message>
      <source>Remove selected rule</source>
      <translation>Supprimer la règle choisie</translation>
    </message>
    <message>
      <source>Test a domain</source>
      <translation>Tester un domaine</translation>
    </message>
    <message>
      <source>Remote domain, e.g. %1</source>
      <translation>Domaine distant, p. ex. %1</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Tester</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>Supprimer la règle</translation>
    </message>
    <message>
      <source>Remove the selected rule?</source>
      <translation>Supprimer la règle choisie ?</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Indiquez un nom de domaine où * remplace n’importe quels caractères, p. ex. *.example.com.</translation>
    </message>
    <message>
      <source>Give the host name or IP address of the relay server.</source>
      <translation>Indiquez le nom d’hôte ou l’adresse IP du serveur relais.</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Certaines valeurs ne sont pas valides ; elles sont signalées. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Rule for %1 added.</source>
      <translation>Règle pour %1 ajoutée.</translation>
    </message>
    <message>
      <source>Select a rule first.</source>
      <translation>Choisissez d’abord une règle.</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>Règle enregistrée.</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>« %1 » n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
      <source>%1 matches rule %2 (%3): %4.</source>
      <translation>%1 correspond à la règle %2 (%3) : %4.</translation>
    </message>
    <message>
      <source>No rule matches %1: confabd looks up its servers in DNS (SRV records).</source>
      <translation>Aucune règle ne correspond à %1 : confabd cherche ses serveurs dans le DNS (enregistrements SRV).</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SecurityPage</name>
    <message>
      <source>Security</source>
      <translation>Sécurité</translation>
    </message>
    <message>
      <source>Send encrypted only</source>
      <translation>Envoi chiffré uniquement</translation>
    </message>
    <message>
      <source>confabd talks to these remote domains only over TLS with a valid certificate.</source>
      <translation>confabd ne dialogue avec ces domaines distants que par TLS avec un certificat valide.</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Trusted certificate authorities</source>
      <translation>Autorités de certification de confiance</translation>
    </message>
    <message>
      <source>Trusted for server-to-server TLS in addition to the system's.</source>
      <translation>De confiance pour le TLS entre serveurs, en plus de celles du système.</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valide jusqu’au</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Add from file…</source>
      <translation>Ajouter depuis un fichier…</translation>
    </message>
    <message>
      <source>Certificates of the hosted domains</source>
      <translation>Certificats des domaines hébergés</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Domaine</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>Émis par</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>Noms</translation>
    </message>
    <message>
      <source>Import certificate…</source>
      <translation>Importer un certificat…</translation>
    </message>
    <message>
      <source>Trust a CA certificate</source>
      <translation>Faire confiance à un certificat d’AC</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>auto-signé</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>une autorité de certification</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>Indiquez un nom de domaine où * remplace n’importe quels caractères, p. ex. *.example.com.</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>Impossible de lire %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) added.</source>
      <translation>
        <numerusform>%n certificat ajouté.</numerusform>
        <numerusform>%n certificats ajoutés.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 now uses the certificate for %2.</source>
      <translation>%1 utilise maintenant le certificat de %2.</translation>
    </message>
    <message>
      <source>Import certificate</source>
      <translation>Importer un certificat</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Choisir un fichier</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Certificats et clés (*.pem *.crt *.key *.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domaine :</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Certificat (PEM ou PFX) :</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Clé privée (PEM ; pas pour PFX) :</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Phrase secrète (PFX ou clé chiffrée) :</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::Session</name>
    <message>
      <source>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</source>
      <translation>confabd n’est pas démarré : il n’y a pas de socket de contrôle en %1. Démarrez le service Confab ; le gestionnaire se connecte dès qu’il est prêt.</translation>
    </message>
    <message>
      <source>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</source>
      <translation>confabd a refusé la connexion en %1. Il est peut-être en cours d’arrêt ou de démarrage ; le gestionnaire continue d’essayer.</translation>
    </message>
    <message>
      <source>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</source>
      <translation>Vous n’avez pas le droit d’ouvrir %1. Ajoutez votre utilisateur au groupe "confab" (puis reconnectez-vous) ou lancez le gestionnaire sous l’utilisateur de confabd.</translation>
    </message>
    <message>
      <source>The connection to confabd was lost. Reconnecting…</source>
      <translation>La connexion à confabd a été perdue. Reconnexion…</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>Le mot de passe administrateur est faux.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsForm</name>
    <message>
      <source>Outgoing server queue (stanzas)</source>
      <translation>File d'attente vers les serveurs (stanzas)</translation>
    </message>
    <message>
      <source>Client send buffer (bytes)</source>
      <translation>Tampon d'envoi par client (octets)</translation>
    </message>
    <message>
      <source>New connections per address per minute</source>
      <translation>Nouvelles connexions par adresse et par minute</translation>
    </message>
    <message>
      <source>Stanzas per second per client</source>
      <translation>Stanzas par seconde par client</translation>
    </message>
    <message>
      <source>Attributes per element</source>
      <translation>Attributs par élément</translation>
    </message>
    <message>
      <source>Largest attribute value (bytes)</source>
      <translation>Plus grande valeur d'attribut (octets)</translation>
    </message>
    <message>
      <source>Contacts per user</source>
      <translation>Contacts par utilisateur</translation>
    </message>
    <message>
      <source>Largest admin request (bytes)</source>
      <translation>Plus grande requête d'administration (octets)</translation>
    </message>
    <message>
      <source>Network threads</source>
      <translation>Threads réseau</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>Rien</translation>
    </message>
    <message>
      <source>Major events</source>
      <translation>Événements majeurs</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <source>Low level</source>
      <translation>Bas niveau</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Tout</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. %1</source>
      <translation>Séparés par des virgules, p. ex. %1</translation>
    </message>
    <message>
      <source>Connection limit</source>
      <translation>Limite de connexions</translation>
    </message>
    <message>
      <source>Log level</source>
      <translation>Niveau de journalisation</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>Adresse d’écoute</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>Port client</translation>
    </message>
    <message>
      <source>Server-to-server port</source>
      <translation>Port serveur à serveur</translation>
    </message>
    <message>
      <source>Client port (direct TLS)</source>
      <translation>Port client (TLS direct)</translation>
    </message>
    <message>
      <source>Clients must use TLS</source>
      <translation>Les clients doivent utiliser TLS</translation>
    </message>
    <message>
      <source>Largest stanza (bytes)</source>
      <translation>Plus grande stanza (octets)</translation>
    </message>
    <message>
      <source>Deepest XML nesting</source>
      <translation>Imbrication XML maximale</translation>
    </message>
    <message>
      <source>Login timeout (seconds)</source>
      <translation>Délai de connexion (secondes)</translation>
    </message>
    <message>
      <source>Client idle timeout (seconds)</source>
      <translation>Délai d’inactivité client (secondes)</translation>
    </message>
    <message>
      <source>Delay after a failed login (ms)</source>
      <translation>Attente après un échec de connexion (ms)</translation>
    </message>
    <message>
      <source>Server idle timeout (seconds)</source>
      <translation>Délai d’inactivité serveur (secondes)</translation>
    </message>
    <message>
      <source>Queue timeout for remote servers (seconds)</source>
      <translation>Délai de file pour les serveurs distants (secondes)</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>Serveur DNS</translation>
    </message>
    <message>
      <source>Hide the operating system in version answers</source>
      <translation>Masquer le système d’exploitation dans les réponses de version</translation>
    </message>
    <message>
      <source>Offline messages kept per user</source>
      <translation>Messages hors ligne conservés par utilisateur</translation>
    </message>
    <message>
      <source>New accounts per address and hour</source>
      <translation>Nouveaux comptes par adresse et par heure</translation>
    </message>
    <message>
      <source>Domain is served</source>
      <translation>Le domaine est servi</translation>
    </message>
    <message>
      <source>Free registration from XMPP clients</source>
      <translation>Inscription libre depuis les clients XMPP</translation>
    </message>
    <message>
      <source>Users may change their password</source>
      <translation>Les utilisateurs peuvent changer leur mot de passe</translation>
    </message>
    <message>
      <source>Anonymous login</source>
      <translation>Connexion anonyme</translation>
    </message>
    <message>
      <source>Old authentication methods</source>
      <translation>Anciennes méthodes d’authentification</translation>
    </message>
    <message>
      <source>SASL methods allowed</source>
      <translation>Méthodes SASL autorisées</translation>
    </message>
    <message>
      <source>Extra service discovery items</source>
      <translation>Éléments de découverte supplémentaires</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>Fichier du certificat</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Annuler les modifications</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>Appliquer les modifications</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>Certaines valeurs ne sont pas valides ; elles sont signalées. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>Rien à modifier.</translation>
    </message>
    <message>
      <source>Settings saved. New ports and the listen address take effect when confabd restarts.</source>
      <translation>Paramètres enregistrés. Les nouveaux ports et l’adresse d’écoute prennent effet au redémarrage de confabd.</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Paramètres enregistrés.</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SetupWizard</name>
    <message>
      <source>Set up Confab</source>
      <translation>Installer Confab</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Suivant &gt;</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; Précédent</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>« %1 » n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>Installation…</translation>
    </message>
    <message>
      <source>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</source>
      <translation>Le mot de passe administrateur est défini, mais une étape suivante a échoué : %1 Terminez les autres réglages dans les pages du gestionnaire.</translation>
    </message>
    <message>
      <source>Copy records</source>
      <translation>Copier les enregistrements</translation>
    </message>
    <message>
      <source>Your XMPP domain</source>
      <translation>Votre domaine XMPP</translation>
    </message>
    <message>
      <source>Addresses will look like user@domain. Usually this is your company's domain name.</source>
      <translation>Les adresses seront de la forme user@domain. C’est en général le nom de domaine de votre entreprise.</translation>
    </message>
    <message>
      <source>Domain name:</source>
      <translation>Nom de domaine :</translation>
    </message>
    <message>
      <source>Host name of this server:</source>
      <translation>Nom d’hôte de ce serveur :</translation>
    </message>
    <message>
      <source>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</source>
      <translation>Publiez ces enregistrements DNS SRV dans la zone DNS de votre domaine pour que clients et autres serveurs trouvent ce serveur :</translation>
    </message>
    <message>
      <source>“%1” is not a valid host name.</source>
      <translation>« %1 » n’est pas un nom d’hôte valide.</translation>
    </message>
    <message>
      <source>Admin password</source>
      <translation>Mot de passe administrateur</translation>
    </message>
    <message>
      <source>The manager and confabctl ask for this password. Use at least 8 characters.</source>
      <translation>Le gestionnaire et confabctl demandent ce mot de passe. Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Mot de passe :</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Répéter le mot de passe :</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Certificat</translation>
    </message>
    <message>
      <source>Clients and servers check this certificate when they connect with TLS.</source>
      <translation>Clients et serveurs vérifient ce certificat quand ils se connectent en TLS.</translation>
    </message>
    <message>
      <source>Generate a self-signed certificate now (replace it later)</source>
      <translation>Générer maintenant un certificat auto-signé (à remplacer plus tard)</translation>
    </message>
    <message>
      <source>Import a certificate from a certificate authority</source>
      <translation>Importer un certificat d’une autorité de certification</translation>
    </message>
    <message>
      <source>Other servers and most clients do not trust a self-signed certificate.</source>
      <translation>Les autres serveurs et la plupart des clients ne font pas confiance à un certificat auto-signé.</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>Choisir un fichier</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>Certificats et clés (*.pem *.crt *.key *.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>Certificat (PEM ou PFX) :</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>Clé privée (PEM ; pas pour PFX) :</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>Phrase secrète (PFX ou clé chiffrée) :</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>Ports</translation>
    </message>
    <message>
      <source>The standard ports suit almost every installation. Open them in your firewall.</source>
      <translation>Les ports standard conviennent à presque toutes les installations. Ouvrez-les dans votre pare-feu.</translation>
    </message>
    <message>
      <source>Clients (STARTTLS):</source>
      <translation>Clients (STARTTLS) :</translation>
    </message>
    <message>
      <source>Other servers:</source>
      <translation>Autres serveurs :</translation>
    </message>
    <message>
      <source>Clients (direct TLS):</source>
      <translation>Clients (TLS direct) :</translation>
    </message>
    <message>
      <source>Each port must be different.</source>
      <translation>Chaque port doit être différent.</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>Inscription</translation>
    </message>
    <message>
      <source>Who may create accounts?</source>
      <translation>Qui peut créer des comptes ?</translation>
    </message>
    <message>
      <source>Anyone may create an account from an XMPP client (free registration)</source>
      <translation>Tout le monde peut créer un compte depuis un client XMPP (inscription libre)</translation>
    </message>
    <message>
      <source>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</source>
      <translation>Laissez désactivé sauf si le serveur doit être public : l’inscription libre attire les spammeurs. Vous ajoutez les comptes sur la page Utilisateurs.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <source>Finish sets up confabd with these values.</source>
      <translation>Terminer configure confabd avec ces valeurs.</translation>
    </message>
    <message>
      <source>DNS SRV records to publish:</source>
      <translation>Enregistrements DNS SRV à publier :</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domaine :</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>Certificat :</translation>
    </message>
    <message>
      <source>imported from %1</source>
      <translation>importé de %1</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>auto-signé</translation>
    </message>
    <message>
      <source>Ports:</source>
      <translation>Ports :</translation>
    </message>
    <message>
      <source>clients %1, servers %2, direct TLS %3</source>
      <translation>clients %1, serveurs %2, TLS direct %3</translation>
    </message>
    <message>
      <source>Free registration:</source>
      <translation>Inscription libre :</translation>
    </message>
    <message>
      <source>on</source>
      <translation>activée</translation>
    </message>
    <message>
      <source>off</source>
      <translation>désactivée</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::UsersPage</name>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <source>Address (user@domain):</source>
      <translation>Adresse (user@domain) :</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Mot de passe :</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>Répéter le mot de passe :</translation>
    </message>
    <message>
      <source>Search user names</source>
      <translation>Rechercher des noms d’utilisateur</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>Domaine :</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Créé le</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
      <source>Set password…</source>
      <translation>Définir le mot de passe…</translation>
    </message>
    <message>
      <source>Disable / enable</source>
      <translation>Désactiver / réactiver</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Remove user</source>
      <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
      <source>Delete the account %1 and everything stored for it?</source>
      <translation>Supprimer le compte %1 et tout ce qui est stocké pour lui ?</translation>
    </message>
    <message>
      <source>All domains</source>
      <translation>Tous les domaines</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>désactivé</translation>
    </message>
    <message>
      <source>active</source>
      <translation>actif</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
      <source>Select a user first.</source>
      <translation>Choisissez d’abord un utilisateur.</translation>
    </message>
    <message>
      <source>Set password</source>
      <translation>Définir le mot de passe</translation>
    </message>
    <message>
      <source>“%1” is not an address of the form user@domain.</source>
      <translation>« %1 » n’est pas une adresse de la forme user@domain.</translation>
    </message>
    <message>
      <source>The account %1 was created.</source>
      <translation>Le compte %1 a été créé.</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
      <source>%1 can no longer log in.</source>
      <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
      <source>%1 can log in again.</source>
      <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
      <source>The account %1 was deleted.</source>
      <translation>Le compte %1 a été supprimé.</translation>
    </message>
  </context>
</TS>
