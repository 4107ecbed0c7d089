<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
  <context>
    <name>CertificateFile</name>
    <message>
      <source>Cannot read %1.</source>
      <translation>無法讀取 %1。</translation>
    </message>
    <message>
      <source>The PFX file could not be opened: it is damaged or the passphrase is wrong.</source>
      <translation>無法打開 PFX 檔案：檔案已損壞或密碼片語錯誤。</translation>
    </message>
    <message>
      <source>%1 does not contain a PEM certificate.</source>
      <translation>%1 不包含 PEM 憑證。</translation>
    </message>
    <message>
      <source>No private key was found, or its passphrase is wrong.</source>
      <translation>未找到私鑰，或其密碼片語錯誤。</translation>
    </message>
    <message>
      <source>The certificate expired on %1.</source>
      <translation>憑證已於 %1 過期。</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>confabd is not running.</source>
      <translation>confabd 未運行。</translation>
    </message>
    <message>
      <source>confabd refused the connection.</source>
      <translation>confabd 拒絕了連線。</translation>
    </message>
    <message>
      <source>You may not open the control socket.</source>
      <translation>您無權打開控制通訊端。</translation>
    </message>
    <message>
      <source>confabd reported an error: {code}</source>
      <translation>confabd 報告錯誤：{code}</translation>
    </message>
    <message>
      <source>Only requests may be sent to confabd.</source>
      <translation>只能向 confabd 發送請求。</translation>
    </message>
    <message>
      <source>Cannot create the control socket directory {path}.</source>
      <translation>無法建立控制通訊端目錄 {path}。</translation>
    </message>
    <message>
      <source>Another confabd is already listening on {path}.</source>
      <translation>另一個 confabd 已在 {path} 上監聽。</translation>
    </message>
    <message>
      <source>Cannot listen on the control socket {path}: {reason}</source>
      <translation>無法在控制通訊端 {path} 上監聽：{reason}</translation>
    </message>
    <message>
      <source>Authenticate with the admin password first.</source>
      <translation>請先用管理員密碼登入。</translation>
    </message>
    <message>
      <source>There is no method {method}.</source>
      <translation>不存在方法 {method}。</translation>
    </message>
    <message>
      <source>No admin password is set yet; run the setup first.</source>
      <translation>尚未設定管理員密碼；請先運行初始設定。</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>管理員密碼錯誤。</translation>
    </message>
    <message>
      <source>The server is already set up.</source>
      <translation>伺服器已設定完成。</translation>
    </message>
    <message>
      <source>The text is not a PEM-encoded X.509 certificate.</source>
      <translation>該文本不是 PEM 編碼的 X.509 憑證。</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
      <source>The private key is missing, encrypted or does not belong to the certificate.</source>
      <translation>私鑰缺失、已加密或與憑證不匹配。</translation>
    </message>
    <message>
      <source>There is no setting {key}.</source>
      <translation>不存在設定 {key}。</translation>
    </message>
    <message>
      <source>There is no routing rule {id}.</source>
      <translation>不存在路由規則 {id}。</translation>
    </message>
    <message>
      <source>There is no session {id}.</source>
      <translation>不存在會話 {id}。</translation>
    </message>
    <message>
      <source>There is no trusted certificate {id}.</source>
      <translation>不存在受信任憑證 {id}。</translation>
    </message>
    <message>
      <source>There is no account {jid}.</source>
      <translation>不存在帳號 {jid}。</translation>
    </message>
    <message>
      <source>The parameter {param} is missing or invalid.</source>
      <translation>参數 {param} 缺失或無效。</translation>
    </message>
    <message>
      <source>{domain} is not a valid domain name.</source>
      <translation>{domain} 不是有效的網域名稱。</translation>
    </message>
    <message>
      <source>The domain {domain} is not hosted on this server.</source>
      <translation>網域 {domain} 未托管在此伺服器上。</translation>
    </message>
    <message>
      <source>{jid} is not a valid user address (user@domain).</source>
      <translation>{jid} 不是有效的使用者位址（user@domain）。</translation>
    </message>
    <message>
      <source>The password is empty or contains characters that are not allowed</source>
      <translation>密碼為空或包含不允許的字符</translation>
    </message>
    <message>
      <source>Account {user}@{domain} does not exist</source>
      <translation>帳號 {user}@{domain} 不存在</translation>
    </message>
    <message>
      <source>Domain {domain} does not exist</source>
      <translation>網域 {domain} 不存在</translation>
    </message>
    <message>
      <source>Account {user}@{domain} already exists</source>
      <translation>帳號 {user}@{domain} 已存在</translation>
    </message>
    <message>
      <source>The admin password must have at least {min} characters and no control characters</source>
      <translation>管理員密碼必須至少包含 {min} 個字符且不含控制字符</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>無法打開資料庫 {path}：{detail}</translation>
    </message>
    <message>
      <source>The domain name is empty</source>
      <translation>網域名稱為空</translation>
    </message>
    <message>
      <source>Domain {domain} already exists</source>
      <translation>網域 {domain} 已存在</translation>
    </message>
    <message>
      <source>Invalid value for setting {key}</source>
      <translation>設定 {key} 的值無效</translation>
    </message>
    <message>
      <source>Database migration {version} failed: {detail}</source>
      <translation>資料庫遷移 {version} 失敗：{detail}</translation>
    </message>
    <message>
      <source>The database has schema version {version}, newer than this program supports ({supported})</source>
      <translation>資料庫的架構版本 {version} 比本程式支援的版本（{supported}）更新</translation>
    </message>
    <message>
      <source>Offline storage for {user}@{domain} is full ({limit} messages)</source>
      <translation>{user}@{domain} 的離線存儲已滿（{limit} 條訊息）</translation>
    </message>
    <message>
      <source>{contact} is not in the roster of {user}@{domain}</source>
      <translation>{contact} 不在 {user}@{domain} 的聯系人列表中</translation>
    </message>
    <message>
      <source>Routing rule {id} does not exist</source>
      <translation>路由規則 {id} 不存在</translation>
    </message>
    <message>
      <source>{pattern} is not a valid domain pattern</source>
      <translation>{pattern} 不是有效的網域模式</translation>
    </message>
    <message>
      <source>Unknown routing action {action}</source>
      <translation>未知的路由操作 {action}</translation>
    </message>
    <message>
      <source>A relay rule needs a relay host</source>
      <translation>中繼規則需要中繼主機</translation>
    </message>
    <message>
      <source>{host} is not a valid relay host</source>
      <translation>{host} 不是有效的中繼主機</translation>
    </message>
    <message>
      <source>{port} is not a valid port</source>
      <translation>{port} 不是有效的連接埠</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>資料庫錯誤：{detail}</translation>
    </message>
    <message>
      <source>The database is not open</source>
      <translation>資料庫未打開</translation>
    </message>
    <message>
      <source>TLS is already required for {pattern}</source>
      <translation>已對 {pattern} 要求 TLS</translation>
    </message>
    <message>
      <source>TLS is not required for {pattern}</source>
      <translation>未對 {pattern} 要求 TLS</translation>
    </message>
    <message>
      <source>The CA certificate is not in PEM format</source>
      <translation>CA 憑證不是 PEM 格式</translation>
    </message>
    <message>
      <source>Trusted CA certificate {id} does not exist</source>
      <translation>受信任的 CA 憑證 {id} 不存在</translation>
    </message>
    <message>
      <source>A line is longer than {max} bytes</source>
      <translation>某行超過 {max} 字節</translation>
    </message>
    <message>
      <source>Not connected to confabd</source>
      <translation>未連線到 confabd</translation>
    </message>
    <message>
      <source>confabd did not answer within {ms} ms</source>
      <translation>confabd 未在 {ms} 毫秒内應答</translation>
    </message>
    <message>
      <source>The connection to confabd was lost</source>
      <translation>與 confabd 的連線已斷開</translation>
    </message>
    <message>
      <source>The message is neither a request, a response nor an event</source>
      <translation>該訊息既不是請求、響應，也不是事件</translation>
    </message>
    <message>
      <source>The line is not valid JSON: {reason}</source>
      <translation>該行不是有效的 JSON：{reason}</translation>
    </message>
    <message>
      <source>{name} must be true or false</source>
      <translation>{name} 必須為 true 或 false</translation>
    </message>
    <message>
      <source>{name} must be a whole number from {min} to {max}</source>
      <translation>{name} 必須是 {min} 到 {max} 之間的整數</translation>
    </message>
    <message>
      <source>{name}: {value} is not an IP address</source>
      <translation>{name}：{value} 不是 IP 位址</translation>
    </message>
    <message>
      <source>{name}: {value} must name a file inside the data directory</source>
      <translation>{name}：{value} 必須指向資料目錄中的檔案</translation>
    </message>
    <message>
      <source>{name}: {value} is not a valid XMPP address</source>
      <translation>{name}：{value} 不是有效的 XMPP 位址</translation>
    </message>
    <message>
      <source>{name} must be text</source>
      <translation>{name} 必須是文本</translation>
    </message>
    <message>
      <source>{name} must be a list of non-empty texts</source>
      <translation>{name} 必須是非空文本的列表</translation>
    </message>
    <message>
      <source>{value} is not allowed in {name}; allowed: {choices}</source>
      <translation>{name} 中不允許 {value}；允許：{choices}</translation>
    </message>
    <message>
      <source>{name} must be one of: {choices}</source>
      <translation>{name} 必須是以下之一：{choices}</translation>
    </message>
    <message>
      <source>There is no setting {name}</source>
      <translation>不存在設定 {name}</translation>
    </message>
  </context>
  <context>
    <name>LogCatalog</name>
    <message>
      <source>confabd {version} started, data directory {dataDir}</source>
      <translation>confabd {version} 已啟動，資料目錄 {dataDir}</translation>
    </message>
    <message>
      <source>confabd stopping ({reason})</source>
      <translation>confabd 正在停止（{reason}）</translation>
    </message>
    <message>
      <source>Listening on {address}:{port} ({kind})</source>
      <translation>正在監聽 {address}:{port}（{kind}）</translation>
    </message>
    <message>
      <source>Cannot listen on {address}:{port} ({kind}): {reason}</source>
      <translation>無法監聽 {address}:{port}（{kind}）：{reason}</translation>
    </message>
    <message>
      <source>Connection from {address}</source>
      <translation>來自 {address} 的連線</translation>
    </message>
    <message>
      <source>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>來自 {address} 的連線已關閉（{jid}；收到 {bytesIn} 字節，發送 {bytesOut} 字節）</translation>
    </message>
    <message>
      <source>TLS established ({protocol}, {cipher})</source>
      <translation>TLS 已建立（{protocol}，{cipher}）</translation>
    </message>
    <message>
      <source>{jid} authenticated with {mechanism}</source>
      <translation>{jid} 已通過 {mechanism} 驗證</translation>
    </message>
    <message>
      <source>Authentication failed for {user} from {address}: {reason}</source>
      <translation>{user} 從 {address} 驗證失敗：{reason}</translation>
    </message>
    <message>
      <source>Resource bound: {jid}</source>
      <translation>資源已綁定：{jid}</translation>
    </message>
    <message>
      <source>Stream error {condition} sent to {address} ({jid}): {text}</source>
      <translation>已向 {address}（{jid}）發送流錯誤 {condition}：{text}</translation>
    </message>
    <message>
      <source>Connection from {address} refused: the limit of {limit} concurrent connections is reached</source>
      <translation>已拒絕來自 {address} 的連線：已達到 {limit} 個並發連線的上限</translation>
    </message>
    <message>
      <source>Connection from {address} refused: more than {limit} connections from it within a minute</source>
      <translation>來自 {address} 的連線被拒絕：一分鐘內來自該位址的連線超過 {limit} 個</translation>
    </message>
    <message>
      <source>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</source>
      <translation>來自 {address} 的連線已中止：對方不讀取傳送給它的資料（{bytes} 位元組等待中）</translation>
    </message>
    <message>
      <source>Account {jid} created in-band from {address}</source>
      <translation>已從 {address} 通過客戶端建立帳號 {jid}</translation>
    </message>
    <message>
      <source>In-band registration of "{user}" on {domain} from {address} refused: {reason}</source>
      <translation>已拒絕從 {address} 在 {domain} 上注冊「{user}」：{reason}</translation>
    </message>
    <message>
      <source>{jid} changed its password in-band</source>
      <translation>{jid} 通過客戶端修改了密碼</translation>
    </message>
    <message>
      <source>In-band password change of {jid} refused: {reason}</source>
      <translation>已拒絕 {jid} 通過客戶端修改密碼：{reason}</translation>
    </message>
    <message>
      <source>{jid} removed its account in-band</source>
      <translation>{jid} 通過客戶端刪除了帳號</translation>
    </message>
    <message>
      <source>In-band removal of the account {jid} failed: {reason}</source>
      <translation>通過客戶端刪除帳號 {jid} 失敗：{reason}</translation>
    </message>
    <message>
      <source>Control connection opened</source>
      <translation>控制連線已打開</translation>
    </message>
    <message>
      <source>Control connection failed to authenticate: wrong admin password ({failures} in a row)</source>
      <translation>控制連線驗證失敗：管理員密碼錯誤（連續 {failures} 次）</translation>
    </message>
    <message>
      <source>Control connection authenticated</source>
      <translation>控制連線已驗證</translation>
    </message>
    <message>
      <source>First-run setup completed for domain {domain}</source>
      <translation>網域 {domain} 的初始設定已完成</translation>
    </message>
    <message>
      <source>Control connection closed</source>
      <translation>控制連線已關閉</translation>
    </message>
    <message>
      <source>Control socket listening on {path}</source>
      <translation>控制通訊端正在監聽 {path}</translation>
    </message>
    <message>
      <source>First-run setup: admin password set</source>
      <translation>初始設定：已設定管理員密碼</translation>
    </message>
    <message>
      <source>Admin added the domain {domain}</source>
      <translation>管理員添加了網域 {domain}</translation>
    </message>
    <message>
      <source>Admin removed the domain {domain} and its accounts</source>
      <translation>管理員刪除了網域 {domain} 及其帳號</translation>
    </message>
    <message>
      <source>Admin set {key} = {value} for the domain {domain}</source>
      <translation>管理員為網域 {domain} 設定了 {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset {key} to its default for the domain {domain}</source>
      <translation>管理員將網域 {domain} 的 {key} 恢復為預設值</translation>
    </message>
    <message>
      <source>Admin added the account {jid}</source>
      <translation>管理員添加了帳號 {jid}</translation>
    </message>
    <message>
      <source>Admin changed the password of {jid}</source>
      <translation>管理員修改了 {jid} 的密碼</translation>
    </message>
    <message>
      <source>Admin removed the account {jid}</source>
      <translation>管理員刪除了帳號 {jid}</translation>
    </message>
    <message>
      <source>Admin disabled the account {jid}</source>
      <translation>管理員停用了帳號 {jid}</translation>
    </message>
    <message>
      <source>Admin enabled the account {jid}</source>
      <translation>管理員啟用了帳號 {jid}</translation>
    </message>
    <message>
      <source>Admin set the global setting {key} = {value}</source>
      <translation>管理員設定了全局設定 {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset the global setting {key} to its default</source>
      <translation>管理員將全局設定 {key} 恢復為預設值</translation>
    </message>
    <message>
      <source>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>管理員添加了路由規則 {id}：{pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>管理員修改了路由規則 {id}：{pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin removed routing rule {id} ({pattern})</source>
      <translation>管理員刪除了路由規則 {id}（{pattern}）</translation>
    </message>
    <message>
      <source>Admin moved routing rule {id} to position {position}</source>
      <translation>管理員將路由規則 {id} 移到位置 {position}</translation>
    </message>
    <message>
      <source>Admin required TLS with a valid certificate for {pattern}</source>
      <translation>管理員要求對 {pattern} 使用帶有效憑證的 TLS</translation>
    </message>
    <message>
      <source>Admin no longer requires TLS for {pattern}</source>
      <translation>管理員不再要求對 {pattern} 使用 TLS</translation>
    </message>
    <message>
      <source>Admin trusted the CA certificate {id}: {subject}</source>
      <translation>管理員信任了 CA 憑證 {id}：{subject}</translation>
    </message>
    <message>
      <source>Admin removed the trusted CA certificate {id}: {subject}</source>
      <translation>管理員移除了受信任的 CA 憑證 {id}：{subject}</translation>
    </message>
    <message>
      <source>Admin imported a certificate for {domain}: {subject}, valid until {expires}</source>
      <translation>管理員為 {domain} 匯入了憑證：{subject}，有效期至 {expires}</translation>
    </message>
    <message>
      <source>Admin disconnected the session {id}</source>
      <translation>管理員斷開了會話 {id}</translation>
    </message>
    <message>
      <source>Database opened: {path}</source>
      <translation>資料庫已打開：{path}</translation>
    </message>
    <message>
      <source>Database migrated from schema version {from} to {to}</source>
      <translation>資料庫已從架構版本 {from} 遷移到 {to}</translation>
    </message>
    <message>
      <source>Database error in {operation}: {reason}</source>
      <translation>{operation} 中的資料庫錯誤：{reason}</translation>
    </message>
    <message>
      <source>Roster or offline storage failed for {jid}: {reason}</source>
      <translation>{jid} 的聯系人列表或離線存儲失敗：{reason}</translation>
    </message>
    <message>
      <source>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</source>
      <translation>{jid} 的離線存儲已滿（{limit} 條訊息）：已拒絕來自 {from} 的訊息</translation>
    </message>
    <message>
      <source>Generated a self-signed certificate for {domain}, valid until {expires}</source>
      <translation>已為 {domain} 生成自簽名憑證，有效期至 {expires}</translation>
    </message>
    <message>
      <source>Loaded the certificate for {domain} from {path}, valid until {expires}</source>
      <translation>已從 {path} 加載 {domain} 的憑證，有效期至 {expires}</translation>
    </message>
    <message>
      <source>Certificate for {domain} unusable: {reason}</source>
      <translation>{domain} 的憑證不可用：{reason}</translation>
    </message>
    <message>
      <source>Connecting to {domain} at {host} ({address}) port {port}</source>
      <translation>正在通過 {host}（{address}）連接埠 {port} 連線 {domain}</translation>
    </message>
    <message>
      <source>Could not connect to {domain} at {host} port {port}</source>
      <translation>無法通過 {host} 連接埠 {port} 連線 {domain}</translation>
    </message>
    <message>
      <source>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</source>
      <translation>與 {domain} 的 TLS 已建立（{protocol}，{cipher}）；憑證：{certificate}</translation>
    </message>
    <message>
      <source>{from} authenticated to {to} with {method}</source>
      <translation>{from} 已通過 {method} 向 {to} 驗證</translation>
    </message>
    <message>
      <source>{to} refused SASL EXTERNAL for {from}; trying dialback</source>
      <translation>{to} 拒絕了 {from} 的 SASL EXTERNAL；嘗試 dialback</translation>
    </message>
    <message>
      <source>{to} answered dialback for {from} with {type}</source>
      <translation>{to} 以 {type} 回應了 {from} 的 dialback</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} failed: {reason}</source>
      <translation>到 {domain} 的伺服器間連線失敗：{reason}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} closed</source>
      <translation>到 {domain} 的伺服器間連線已關閉</translation>
    </message>
    <message>
      <source>Returned a stanza from {from} to {to} with {condition}: {reason}</source>
      <translation>已以 {condition} 退回從 {from} 到 {to} 的節：{reason}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from} to {to})</source>
      <translation>來自 {address} 的伺服器連線（{from} 到 {to}）</translation>
    </message>
    <message>
      <source>TLS with {from} established ({protocol}, {cipher})</source>
      <translation>與 {from} 的 TLS 已建立（{protocol}，{cipher}）</translation>
    </message>
    <message>
      <source>{from} authenticated for {to} with {method}</source>
      <translation>{from} 已通過 {method} 為 {to} 驗證</translation>
    </message>
    <message>
      <source>Refused {from} for {to}: {reason}</source>
      <translation>已拒絕 {from} 對 {to} 的連線：{reason}</translation>
    </message>
    <message>
      <source>Dialback key check from {from} for {to}: valid {valid}</source>
      <translation>來自 {from} 對 {to} 的 dialback 密鑰檢查：有效 {valid}</translation>
    </message>
    <message>
      <source>Server stream from {address} ({domain}) ended with {condition}: {text}</source>
      <translation>來自 {address}（{domain}）的伺服器流以 {condition} 结束：{text}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>來自 {address}（{from}）的伺服器連線已關閉（收到 {bytesIn} 字節，發送 {bytesOut} 字節）</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</source>
      <translation>confabd 為對端不讀取資料的單一連線排隊的最大位元組數；超過後關閉連線，使停止讀取的用戶端無法讓伺服器無限緩衝其流量。</translation>
    </message>
    <message>
      <source>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</source>
      <translation>一個網路位址（一個 IPv6 /64 網段算作一個）每分鐘可建立的新連線數；超出的連線以 resource-constraint 串流錯誤拒絕。0 表示不限制。</translation>
    </message>
    <message>
      <source>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</source>
      <translation>一個用戶端連線每秒可傳送的節數（允許兩倍的突發）；更快的用戶端會透過延後讀取其串流而被減速，不影響其他用戶端。0 表示不限制。</translation>
    </message>
    <message>
      <source>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</source>
      <translation>一個 XML 元素最多可帶的屬性數（包括命名空間宣告）；超過的元素視為過大的節處理。</translation>
    </message>
    <message>
      <source>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</source>
      <translation>接受的最長屬性值（字元數）；更長的視為過大的節處理。</translation>
    </message>
    <message>
      <source>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</source>
      <translation>一個帳戶的聯絡人名單最多可含的聯絡人數；繼續新增將以 resource-constraint 錯誤拒絕。</translation>
    </message>
    <message>
      <source>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</source>
      <translation>管理器或 confabctl 透過控制通訊端可傳送的最長請求（位元組）。匯入憑證時會傳送 PEM 檔案，通常只有幾 KB。更長的請求會收到錯誤回覆，連線仍可繼續使用。對之後開啟的控制連線生效。</translation>
    </message>
    <message>
      <source>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</source>
      <translation>最大並發連線數（客戶端和伺服器合計）。超出的連線將被拒絕，直到其他連線關閉。</translation>
    </message>
    <message>
      <source>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</source>
      <translation>在主執行緒（處理 XMPP 部分）之外負責連線網路工作（讀取、寫入、TLS 加密）的執行緒數。-1 表示自動選擇：第一個處理器之外每個處理器一個，最多 4 個，單處理器時不使用。0 表示全部在主執行緒中完成。重新啟動 confabd 後生效。</translation>
    </message>
    <message>
      <source>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</source>
      <translation>confabd 記錄多少日誌：nothing – 不記錄；major – 啟動、停止、整個服務的故障；problems – 另加客戶端、對端伺服器或配置引起的錯誤；low – 另加連線、驗證和路由決策；all – 另加每個節（stanza）。</translation>
    </message>
    <message>
      <source>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</source>
      <translation>XMPP 服務綁定的 IP 位址。"::" 表示本機所有 IPv4 和 IPv6 位址，"0.0.0.0" 僅表示所有 IPv4 位址；也可填寫本機的某個位址。</translation>
    </message>
    <message>
      <source>TCP port for client connections (STARTTLS).</source>
      <translation>客戶端連線的 TCP 連接埠（STARTTLS）。</translation>
    </message>
    <message>
      <source>TCP port for connections from other XMPP servers.</source>
      <translation>其他 XMPP 伺服器連線的 TCP 連接埠。</translation>
    </message>
    <message>
      <source>TCP port for client connections that start with TLS directly (XEP-0368).</source>
      <translation>直接以 TLS 開始的客戶端連線的 TCP 連接埠（XEP-0368）。</translation>
    </message>
    <message>
      <source>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</source>
      <translation>客戶端必須在驗證前建立 TLS。關閉後，密碼和訊息將以明文在網路上傳輸；僅用於受信任網路中的測試。</translation>
    </message>
    <message>
      <source>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</source>
      <translation>接受的最大節大小（字節）。發送更大節的客戶端或伺服器會收到 policy-violation 流錯誤並被斷開。</translation>
    </message>
    <message>
      <source>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</source>
      <translation>流中接受的 XML 元素最大嵌套深度；更深的輸入按超大節處理。</translation>
    </message>
    <message>
      <source>Seconds a new client connection has to authenticate before it is closed.</source>
      <translation>新的客戶端連線在被關閉前可用於驗證的秒數。</translation>
    </message>
    <message>
      <source>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</source>
      <translation>已驗證客戶端在無任何資料多少秒後關閉其連線（客戶端發送保活訊息的間隔遠小於此值）。</translation>
    </message>
    <message>
      <source>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</source>
      <translation>驗證失敗後等待多少毫秒再應答，以減緩密碼猜測。</translation>
    </message>
    <message>
      <source>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</source>
      <translation>與其他伺服器之間的連線無流量多少秒後關閉；需要時會重新打開。</translation>
    </message>
    <message>
      <source>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</source>
      <translation>發往遠程網域的節在建立連線期間等待的秒數；超時後將帶錯誤退回給發送者。</translation>
    </message>
    <message>
      <source>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</source>
      <translation>用於查找其他 XMPP 伺服器的 DNS 伺服器 IP 位址。留空：使用系統的解析器配置。</translation>
    </message>
    <message>
      <source>Leave the operating system out of software version answers (XEP-0092).</source>
      <translation>在軟體版本應答中不包含作業系統（XEP-0092）。</translation>
    </message>
    <message>
      <source>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</source>
      <translation>使用者離線時為其保留的訊息數；更多的訊息會被拒絕並向發送者返回錯誤。0 表示關閉離線存儲。</translation>
    </message>
    <message>
      <source>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</source>
      <translation>在開放注冊的網域上，一個網路位址（一個 IPv6 /64 網段算作一個）每小時可通過客戶端建立的帳號數；更多嘗試將被拒絕。0 表示不限制。</translation>
    </message>
    <message>
      <source>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</source>
      <translation>提供此網域的服務。停用的網域保留其帳號和資料，但不接受登入和節。</translation>
    </message>
    <message>
      <source>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</source>
      <translation>任何人都可以通過 XMPP 客戶端在此網域上建立帳號（XEP-0077）。除非伺服器面向公眾，否則請保持關閉：開放注冊會招來垃圾資訊發送者。</translation>
    </message>
    <message>
      <source>Users may change their own password from their client (XEP-0077).</source>
      <translation>使用者可以在客戶端中修改自己的密碼（XEP-0077）。</translation>
    </message>
    <message>
      <source>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</source>
      <translation>客戶端可以無需帳號登入（SASL ANONYMOUS），並在此網域上獲得臨時位址。</translation>
    </message>
    <message>
      <source>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</source>
      <translation>同時接受舊的驗證方式：非 SASL 登入（XEP-0078，jabber:iq:auth）、CRAM-MD5 和 DIGEST-MD5。它們要求在加鹽的 SCRAM 密鑰旁以可逆形式保存每個密碼，因此資料庫被盜會洩露密碼。在此選項關閉時設定的密碼，需要重新設定後才能用於這些方式。僅為不支援 SCRAM 的舊客戶端啟用。</translation>
    </message>
    <message>
      <source>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</source>
      <translation>向客戶端提供的 SASL 機制，首選的在前。-PLUS 變體將登入綁定到 TLS 連線。CRAM-MD5 和 DIGEST-MD5 僅在 auth.legacy 開啟時生效；ANONYMOUS 由 auth.anonymous 控制。</translation>
    </message>
    <message>
      <source>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</source>
      <translation>在此網域的服務發現項目（XEP-0030）中額外列出的位址，例如網關或在其他地方運行的服務。</translation>
    </message>
    <message>
      <source>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</source>
      <translation>資料目錄中包含此網域憑證鏈的 PEM 檔案。留空：confabd 生成自簽名憑證。</translation>
    </message>
    <message>
      <source>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</source>
      <translation>在建立連線期間，每對本地網域和遠程網域可等待的節數；更多的節將帶錯誤退回給發送者。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectPage</name>
    <message>
      <source>Connect to confabd</source>
      <translation>連線到 confabd</translation>
    </message>
    <message>
      <source>The manager talks to the Confab service on this computer through its control socket.</source>
      <translation>管理器通過控制通訊端與本機上的 Confab 服務通信。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <source>Control socket:</source>
      <translation>控制通訊端：</translation>
    </message>
    <message>
      <source>Admin password:</source>
      <translation>管理員密碼：</translation>
    </message>
    <message>
      <source>Remember the password in the system keychain</source>
      <translation>在系統鑰匙圈中記住密碼</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>連線</translation>
    </message>
    <message>
      <source>Choose the control socket</source>
      <translation>選擇控制通訊端</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectionsPage</name>
    <message>
      <source>Connections</source>
      <translation>連線</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>編號</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Address (JID or domain)</source>
      <translation>位址（JID 或網域）</translation>
    </message>
    <message>
      <source>State</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>From</source>
      <translation>來源</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>加密</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>開始時間</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>斷開</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>client</source>
      <translation>客戶端</translation>
    </message>
    <message>
      <source>server</source>
      <translation>伺服器</translation>
    </message>
    <message>
      <source>not yet known</source>
      <translation>尚未確定</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>已登入</translation>
    </message>
    <message>
      <source>negotiating</source>
      <translation>協商中</translation>
    </message>
    <message>
      <source>none</source>
      <translation>無</translation>
    </message>
    <message>
      <source>Session %1 was disconnected.</source>
      <translation>會話 %1 已斷開。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>儀表板</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n 天</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n 小時</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n 分鐘</numerusform>
      </translation>
    </message>
    <message>
      <source>Listening ports</source>
      <translation>監聽連接埠</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>連接埠</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>類型</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>憑證</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>網域</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>頒發者</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>伺服器</translation>
    </message>
    <message>
      <source>running, %1</source>
      <translation>運行中，%1</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>運行時間</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>網域</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>使用者帳號</translation>
    </message>
    <message>
      <source>Open connections</source>
      <translation>打開的連線</translation>
    </message>
    <message>
      <source>Logged-in sessions</source>
      <translation>已登入會話</translation>
    </message>
    <message>
      <source>Data directory</source>
      <translation>資料目錄</translation>
    </message>
    <message>
      <source>clients and servers, direct TLS</source>
      <translation>客戶端和伺服器，直接 TLS</translation>
    </message>
    <message>
      <source>clients and servers (STARTTLS)</source>
      <translation>客戶端和伺服器（STARTTLS）</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>自簽名</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>憑證頒發機構</translation>
    </message>
    <message>
      <source>The certificate of %1 has expired. Clients and servers will refuse to connect.</source>
      <translation>%1 的憑證已過期。客戶端和伺服器將拒絕連線。</translation>
    </message>
    <message numerus="yes">
      <source>The certificate of %1 expires in %n day(s).</source>
      <translation>
        <numerusform>%1 的憑證將在 %n 天後過期。</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</source>
      <translation>%1 使用自簽名憑證：其他伺服器和大多數客戶端不會信任它。請在「安全」頁面匯入憑證頒發機構簽發的憑證。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DomainsPage</name>
    <message>
      <source>Domains</source>
      <translation>網域</translation>
    </message>
    <message>
      <source>example.com</source>
      <translation>example.com</translation>
    </message>
    <message>
      <source>Add domain</source>
      <translation>添加網域</translation>
    </message>
    <message>
      <source>Remove domain…</source>
      <translation>刪除網域…</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>應用更改</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n user(s))</source>
      <translation>
        <numerusform>%1（%n 個使用者）</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a domain to host it.</source>
      <translation>添加一個網域以托管它。</translation>
    </message>
    <message>
      <source>Settings of %1</source>
      <translation>%1 的設定</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>「%1」不是有效的網域名稱。</translation>
    </message>
    <message>
      <source>%1 is now hosted. confabd created a self-signed certificate for it.</source>
      <translation>%1 現已托管。confabd 已為其建立自簽名憑證。</translation>
    </message>
    <message>
      <source>Remove domain</source>
      <translation>刪除網域</translation>
    </message>
    <message>
      <source>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</source>
      <translation>停止托管 %1 並刪除其所有使用者帳號？此操作無法撤銷。</translation>
    </message>
    <message>
      <source>%1 is no longer hosted.</source>
      <translation>%1 已不再托管。</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>部分值無效，已標出。未做任何更改。</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>沒有需要更改的内容。</translation>
    </message>
    <message>
      <source>The settings of %1 were saved.</source>
      <translation>%1 的設定已保存。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::LogsPage</name>
    <message>
      <source>Logs</source>
      <translation>日誌</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>無</translation>
    </message>
    <message>
      <source>major</source>
      <translation>重要</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>low level</source>
      <translation>底層</translation>
    </message>
    <message>
      <source>detail</source>
      <translation>詳細</translation>
    </message>
    <message>
      <source>Major events only</source>
      <translation>僅重要事件</translation>
    </message>
    <message>
      <source>Problems and major events</source>
      <translation>問題和重要事件</translation>
    </message>
    <message>
      <source>Also low-level events</source>
      <translation>包括底層事件</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>所有標簽</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>篩選文本</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>跟隨</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>匯出…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>級別</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>標簽</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>連線</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>訊息</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>匯出日誌</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>文本檔案 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>The log was saved to %1.</source>
      <translation>日誌已保存到 %1。</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>無法寫入 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::MainWindow</name>
    <message>
      <source>Confab Manager</source>
      <translation>Confab 管理器</translation>
    </message>
    <message>
      <source>&amp;Server</source>
      <translation>伺服器(&amp;S)</translation>
    </message>
    <message>
      <source>Connect to another server…</source>
      <translation>連線到其他伺服器…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>幫助(&amp;H)</translation>
    </message>
    <message>
      <source>About Confab Manager</source>
      <translation>關於 Confab 管理器</translation>
    </message>
    <message>
      <source>Confab Manager %1: set-up and administration of the Confab XMPP server.</source>
      <translation>Confab 管理器 %1：Confab XMPP 伺服器的設定與管理。</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>正在連線到 %1…</translation>
    </message>
    <message>
      <source>Connected to %1. Enter the admin password.</source>
      <translation>已連線到 %1。請輸入管理員密碼。</translation>
    </message>
    <message>
      <source>The manager reconnects on its own when confabd is back.</source>
      <translation>confabd 恢復後，管理器會自動重新連線。</translation>
    </message>
    <message>
      <source>Connected to %1 (%2)</source>
      <translation>已連線到 %1（%2）</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::PasswordVault</name>
    <message>
      <source>The system keychain cannot be used (%1). The manager works without it, but asks for the password each time.</source>
      <translation>無法使用系統鑰匙圈（%1）。管理器可以在沒有它的情況下工作，但每次都會詢問密碼。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::RoutingPage</name>
    <message>
      <source>Routing</source>
      <translation>路由</translation>
    </message>
    <message>
      <source>refuse</source>
      <translation>拒絕</translation>
    </message>
    <message>
      <source>relay to %1</source>
      <translation>通過 %1 中繼</translation>
    </message>
    <message>
      <source>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</source>
      <translation>發往其他伺服器的流量通常送到其 DNS 指定的伺服器。這些規則會覆蓋該行為：由第一條模式匹配遠程網域的規則決定。拖動規則可更改順序。* 代表任意字符。</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Pattern</source>
      <translation>模式</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>備注</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>規則</translation>
    </message>
    <message>
      <source>Relay through another server</source>
      <translation>通過其他伺服器中繼</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>拒絕</translation>
    </message>
    <message>
      <source>default (5269)</source>
      <translation>預設（5269）</translation>
    </message>
    <message>
      <source>Remote domain pattern:</source>
      <translation>遠程網域模式：</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>操作：</translation>
    </message>
    <message>
      <source>Relay host:</source>
      <translation>中繼主機：</translation>
    </message>
    <message>
      <source>Relay port:</source>
      <translation>中繼連接埠：</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>備注：</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>添加規則</translation>
    </message>
    <message>
      <source>Save selected rule</source>
      <translation>保存所選規則</translation>
    </message>
    <message>
      <source>Remove selected rule</source>
      <translation>刪除所選規則</translation>
    </message>
    <message>
      <source>Test a domain</source>
      <translation>測試網域</translation>
    </message>
    <message>
      <source>Remote domain, e.g. %1</source>
      <translation>遠程網域，例如 %1</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>測試</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>刪除規則</translation>
    </message>
    <message>
      <source>Remove the selected rule?</source>
      <translation>刪除所選規則？</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>請使用 * 代表任意字符的網域名稱，例如 *.example.com。</translation>
    </message>
    <message>
      <source>Give the host name or IP address of the relay server.</source>
      <translation>請填寫中繼伺服器的主機名或 IP 位址。</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>部分值無效，已標出。未做任何更改。</translation>
    </message>
    <message>
      <source>Rule for %1 added.</source>
      <translation>已添加 %1 的規則。</translation>
    </message>
    <message>
      <source>Select a rule first.</source>
      <translation>請先選擇一條規則。</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>規則已保存。</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>「%1」不是有效的網域名稱。</translation>
    </message>
    <message>
      <source>%1 matches rule %2 (%3): %4.</source>
      <translation>%1 匹配規則 %2（%3）：%4。</translation>
    </message>
    <message>
      <source>No rule matches %1: confabd looks up its servers in DNS (SRV records).</source>
      <translation>沒有規則匹配 %1：confabd 會在 DNS（SRV 記錄）中查找其伺服器。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SecurityPage</name>
    <message>
      <source>Security</source>
      <translation>安全</translation>
    </message>
    <message>
      <source>Send encrypted only</source>
      <translation>僅加密發送</translation>
    </message>
    <message>
      <source>confabd talks to these remote domains only over TLS with a valid certificate.</source>
      <translation>confabd 只通過帶有效憑證的 TLS 與這些遠程網域通信。</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Trusted certificate authorities</source>
      <translation>受信任的憑證頒發機構</translation>
    </message>
    <message>
      <source>Trusted for server-to-server TLS in addition to the system's.</source>
      <translation>除系統的憑證頒發機構外，在伺服器間 TLS 中也受信任。</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>主題</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Add from file…</source>
      <translation>從檔案添加…</translation>
    </message>
    <message>
      <source>Certificates of the hosted domains</source>
      <translation>托管網域的憑證</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>網域</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>頒發者</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>名稱</translation>
    </message>
    <message>
      <source>Import certificate…</source>
      <translation>匯入憑證…</translation>
    </message>
    <message>
      <source>Trust a CA certificate</source>
      <translation>信任 CA 憑證</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>PEM 憑證 (*.pem *.crt *.cer);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>自簽名</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>憑證頒發機構</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>請使用 * 代表任意字符的網域名稱，例如 *.example.com。</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>無法讀取 %1。</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) added.</source>
      <translation>
        <numerusform>已添加 %n 個憑證。</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 now uses the certificate for %2.</source>
      <translation>%1 現在使用 %2 的憑證。</translation>
    </message>
    <message>
      <source>Import certificate</source>
      <translation>匯入憑證</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>選擇檔案</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>憑證和密鑰 (*.pem *.crt *.key *.pfx *.p12);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>網域：</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>憑證（PEM 或 PFX）：</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>私鑰（PEM；PFX 不需要）：</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>密碼片語（PFX 或加密的私鑰）：</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::Session</name>
    <message>
      <source>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</source>
      <translation>confabd 未運行：%1 處沒有控制通訊端。請啟動 Confab 服務；服務一啟動，管理器就會連線。</translation>
    </message>
    <message>
      <source>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</source>
      <translation>confabd 拒絕了 %1 處的連線。它可能正在停止或啟動；管理器會繼續嘗試。</translation>
    </message>
    <message>
      <source>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</source>
      <translation>您無權打開 %1。請將您的使用者加入 "confab" 組（然後重新登入），或以 confabd 的使用者身份運行管理器。</translation>
    </message>
    <message>
      <source>The connection to confabd was lost. Reconnecting…</source>
      <translation>與 confabd 的連線已斷開。正在重新連線…</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>管理員密碼錯誤。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsForm</name>
    <message>
      <source>Outgoing server queue (stanzas)</source>
      <translation>送往其他伺服器的佇列（節）</translation>
    </message>
    <message>
      <source>Client send buffer (bytes)</source>
      <translation>用戶端傳送緩衝區（位元組）</translation>
    </message>
    <message>
      <source>New connections per address per minute</source>
      <translation>每位址每分鐘新連線數</translation>
    </message>
    <message>
      <source>Stanzas per second per client</source>
      <translation>每用戶端每秒節數</translation>
    </message>
    <message>
      <source>Attributes per element</source>
      <translation>每個元素的屬性數</translation>
    </message>
    <message>
      <source>Largest attribute value (bytes)</source>
      <translation>最大屬性值（位元組）</translation>
    </message>
    <message>
      <source>Contacts per user</source>
      <translation>每使用者聯絡人數</translation>
    </message>
    <message>
      <source>Largest admin request (bytes)</source>
      <translation>最大管理請求（位元組）</translation>
    </message>
    <message>
      <source>Network threads</source>
      <translation>網路執行緒</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>自動</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>無</translation>
    </message>
    <message>
      <source>Major events</source>
      <translation>重要事件</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>問題</translation>
    </message>
    <message>
      <source>Low level</source>
      <translation>底層</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. %1</source>
      <translation>以逗號分隔，例如 %1</translation>
    </message>
    <message>
      <source>Connection limit</source>
      <translation>連線上限</translation>
    </message>
    <message>
      <source>Log level</source>
      <translation>日誌級別</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>監聽位址</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>客戶端連接埠</translation>
    </message>
    <message>
      <source>Server-to-server port</source>
      <translation>伺服器間連接埠</translation>
    </message>
    <message>
      <source>Client port (direct TLS)</source>
      <translation>客戶端連接埠（直接 TLS）</translation>
    </message>
    <message>
      <source>Clients must use TLS</source>
      <translation>客戶端必須使用 TLS</translation>
    </message>
    <message>
      <source>Largest stanza (bytes)</source>
      <translation>最大節（字節）</translation>
    </message>
    <message>
      <source>Deepest XML nesting</source>
      <translation>最大 XML 嵌套深度</translation>
    </message>
    <message>
      <source>Login timeout (seconds)</source>
      <translation>登入超時（秒）</translation>
    </message>
    <message>
      <source>Client idle timeout (seconds)</source>
      <translation>客戶端空閒超時（秒）</translation>
    </message>
    <message>
      <source>Delay after a failed login (ms)</source>
      <translation>登入失敗後的延遲（毫秒）</translation>
    </message>
    <message>
      <source>Server idle timeout (seconds)</source>
      <translation>伺服器空閒超時（秒）</translation>
    </message>
    <message>
      <source>Queue timeout for remote servers (seconds)</source>
      <translation>遠程伺服器隊列超時（秒）</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>DNS 伺服器</translation>
    </message>
    <message>
      <source>Hide the operating system in version answers</source>
      <translation>在版本應答中隱藏作業系統</translation>
    </message>
    <message>
      <source>Offline messages kept per user</source>
      <translation>每個使用者保留的離線訊息</translation>
    </message>
    <message>
      <source>New accounts per address and hour</source>
      <translation>每個位址每小時的新帳號數</translation>
    </message>
    <message>
      <source>Domain is served</source>
      <translation>提供此網域的服務</translation>
    </message>
    <message>
      <source>Free registration from XMPP clients</source>
      <translation>允許從 XMPP 客戶端開放注冊</translation>
    </message>
    <message>
      <source>Users may change their password</source>
      <translation>使用者可以修改密碼</translation>
    </message>
    <message>
      <source>Anonymous login</source>
      <translation>匿名登入</translation>
    </message>
    <message>
      <source>Old authentication methods</source>
      <translation>舊的驗證方式</translation>
    </message>
    <message>
      <source>SASL methods allowed</source>
      <translation>允許的 SASL 方式</translation>
    </message>
    <message>
      <source>Extra service discovery items</source>
      <translation>額外的服務發現項目</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>憑證檔案</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>還原</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>應用更改</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>部分值無效，已標出。未做任何更改。</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>沒有需要更改的内容。</translation>
    </message>
    <message>
      <source>Settings saved. New ports and the listen address take effect when confabd restarts.</source>
      <translation>設定已保存。新的連接埠和監聽位址在 confabd 重啟後生效。</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>設定已保存。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SetupWizard</name>
    <message>
      <source>Set up Confab</source>
      <translation>設定 Confab</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>下一步 &gt;</translation>
    </message>
    <message>
      <source>&lt; Back</source>
      <translation>&lt; 上一步</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>「%1」不是有效的網域名稱。</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>正在設定…</translation>
    </message>
    <message>
      <source>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</source>
      <translation>管理員密碼已設定，但後續步驟失敗：%1 請在管理器的頁面中完成其餘設定。</translation>
    </message>
    <message>
      <source>Copy records</source>
      <translation>複製記錄</translation>
    </message>
    <message>
      <source>Your XMPP domain</source>
      <translation>您的 XMPP 網域</translation>
    </message>
    <message>
      <source>Addresses will look like user@domain. Usually this is your company's domain name.</source>
      <translation>位址形如 user@domain。通常是貴公司的網域名稱。</translation>
    </message>
    <message>
      <source>Domain name:</source>
      <translation>網域名稱：</translation>
    </message>
    <message>
      <source>Host name of this server:</source>
      <translation>本伺服器的主機名：</translation>
    </message>
    <message>
      <source>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</source>
      <translation>請在您網域名稱的 DNS 區域中發布以下 DNS SRV 記錄，以便客戶端和其他伺服器找到本伺服器：</translation>
    </message>
    <message>
      <source>“%1” is not a valid host name.</source>
      <translation>「%1」不是有效的主機名。</translation>
    </message>
    <message>
      <source>Admin password</source>
      <translation>管理員密碼</translation>
    </message>
    <message>
      <source>The manager and confabctl ask for this password. Use at least 8 characters.</source>
      <translation>管理器和 confabctl 會要求輸入此密碼。請至少使用 8 個字符。</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密碼：</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>重複密碼：</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>密碼必須至少包含 8 個字符。</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>憑證</translation>
    </message>
    <message>
      <source>Clients and servers check this certificate when they connect with TLS.</source>
      <translation>客戶端和伺服器通過 TLS 連線時會檢查此憑證。</translation>
    </message>
    <message>
      <source>Generate a self-signed certificate now (replace it later)</source>
      <translation>立即生成自簽名憑證（以後再替換）</translation>
    </message>
    <message>
      <source>Import a certificate from a certificate authority</source>
      <translation>匯入憑證頒發機構簽發的憑證</translation>
    </message>
    <message>
      <source>Other servers and most clients do not trust a self-signed certificate.</source>
      <translation>其他伺服器和大多數客戶端不信任自簽名憑證。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>瀏覽…</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>選擇檔案</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>憑證和密鑰 (*.pem *.crt *.key *.pfx *.p12);;所有檔案 (*)</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>憑證（PEM 或 PFX）：</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>私鑰（PEM；PFX 不需要）：</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>密碼片語（PFX 或加密的私鑰）：</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>連接埠</translation>
    </message>
    <message>
      <source>The standard ports suit almost every installation. Open them in your firewall.</source>
      <translation>標準連接埠幾乎適用於所有安裝。請在防火牆中開放這些連接埠。</translation>
    </message>
    <message>
      <source>Clients (STARTTLS):</source>
      <translation>客戶端（STARTTLS）：</translation>
    </message>
    <message>
      <source>Other servers:</source>
      <translation>其他伺服器：</translation>
    </message>
    <message>
      <source>Clients (direct TLS):</source>
      <translation>客戶端（直接 TLS）：</translation>
    </message>
    <message>
      <source>Each port must be different.</source>
      <translation>各連接埠必須互不相同。</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>注冊</translation>
    </message>
    <message>
      <source>Who may create accounts?</source>
      <translation>誰可以建立帳號？</translation>
    </message>
    <message>
      <source>Anyone may create an account from an XMPP client (free registration)</source>
      <translation>任何人都可以通過 XMPP 客戶端建立帳號（開放注冊）</translation>
    </message>
    <message>
      <source>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</source>
      <translation>除非伺服器面向公眾，否則請保持關閉：開放注冊會招來垃圾資訊發送者。您可以在「使用者」頁面添加帳號。</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Finish sets up confabd with these values.</source>
      <translation>點擊「完成」將使用這些值設定 confabd。</translation>
    </message>
    <message>
      <source>DNS SRV records to publish:</source>
      <translation>需要發布的 DNS SRV 記錄：</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>網域：</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>憑證：</translation>
    </message>
    <message>
      <source>imported from %1</source>
      <translation>從 %1 匯入</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>自簽名</translation>
    </message>
    <message>
      <source>Ports:</source>
      <translation>連接埠：</translation>
    </message>
    <message>
      <source>clients %1, servers %2, direct TLS %3</source>
      <translation>客戶端 %1，伺服器 %2，直接 TLS %3</translation>
    </message>
    <message>
      <source>Free registration:</source>
      <translation>開放注冊：</translation>
    </message>
    <message>
      <source>on</source>
      <translation>開</translation>
    </message>
    <message>
      <source>off</source>
      <translation>關</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::UsersPage</name>
    <message>
      <source>Users</source>
      <translation>使用者</translation>
    </message>
    <message>
      <source>Address (user@domain):</source>
      <translation>位址（user@domain）：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密碼：</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>重複密碼：</translation>
    </message>
    <message>
      <source>Search user names</source>
      <translation>搜索使用者名</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>網域：</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>位址</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>狀態</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>建立時間</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>添加使用者…</translation>
    </message>
    <message>
      <source>Set password…</source>
      <translation>設定密碼…</translation>
    </message>
    <message>
      <source>Disable / enable</source>
      <translation>停用 / 啟用</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>刪除…</translation>
    </message>
    <message>
      <source>Remove user</source>
      <translation>刪除使用者</translation>
    </message>
    <message>
      <source>Delete the account %1 and everything stored for it?</source>
      <translation>刪除帳號 %1 以及為其保存的所有内容？</translation>
    </message>
    <message>
      <source>All domains</source>
      <translation>所有網域</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>active</source>
      <translation>活動</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>密碼必須至少包含 8 個字符。</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>添加使用者</translation>
    </message>
    <message>
      <source>Select a user first.</source>
      <translation>請先選擇一個使用者。</translation>
    </message>
    <message>
      <source>Set password</source>
      <translation>設定密碼</translation>
    </message>
    <message>
      <source>“%1” is not an address of the form user@domain.</source>
      <translation>「%1」不是 user@domain 形式的位址。</translation>
    </message>
    <message>
      <source>The account %1 was created.</source>
      <translation>帳號 %1 已建立。</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>%1 的密碼已修改。</translation>
    </message>
    <message>
      <source>%1 can no longer log in.</source>
      <translation>%1 已無法登入。</translation>
    </message>
    <message>
      <source>%1 can log in again.</source>
      <translation>%1 可以再次登入。</translation>
    </message>
    <message>
      <source>The account %1 was deleted.</source>
      <translation>帳號 %1 已刪除。</translation>
    </message>
  </context>
</TS>
