<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CertificateFile</name>
    <message>
      <source>Cannot read %1.</source>
      <translation>无法读取 %1。</translation>
    </message>
    <message>
      <source>The PFX file could not be opened: it is damaged or the passphrase is wrong.</source>
      <translation>无法打开 PFX 文件：文件已损坏或密码短语错误。</translation>
    </message>
    <message>
      <source>%1 does not contain a PEM certificate.</source>
      <translation>%1 不包含 PEM 证书。</translation>
    </message>
    <message>
      <source>No private key was found, or its passphrase is wrong.</source>
      <translation>未找到私钥，或其密码短语错误。</translation>
    </message>
    <message>
      <source>The certificate expired on %1.</source>
      <translation>证书已于 %1 过期。</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>confabd is not running.</source>
      <translation>confabd 未运行。</translation>
    </message>
    <message>
      <source>confabd refused the connection.</source>
      <translation>confabd 拒绝了连接。</translation>
    </message>
    <message>
      <source>You may not open the control socket.</source>
      <translation>您无权打开控制套接字。</translation>
    </message>
    <message>
      <source>confabd reported an error: {code}</source>
      <translation>confabd 报告错误：{code}</translation>
    </message>
    <message>
      <source>Only requests may be sent to confabd.</source>
      <translation>只能向 confabd 发送请求。</translation>
    </message>
    <message>
      <source>Cannot create the control socket directory {path}.</source>
      <translation>无法创建控制套接字目录 {path}。</translation>
    </message>
    <message>
      <source>Another confabd is already listening on {path}.</source>
      <translation>另一个 confabd 已在 {path} 上监听。</translation>
    </message>
    <message>
      <source>Cannot listen on the control socket {path}: {reason}</source>
      <translation>无法在控制套接字 {path} 上监听：{reason}</translation>
    </message>
    <message>
      <source>Authenticate with the admin password first.</source>
      <translation>请先用管理员密码登录。</translation>
    </message>
    <message>
      <source>There is no method {method}.</source>
      <translation>不存在方法 {method}。</translation>
    </message>
    <message>
      <source>No admin password is set yet; run the setup first.</source>
      <translation>尚未设置管理员密码；请先运行初始设置。</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>管理员密码错误。</translation>
    </message>
    <message>
      <source>The server is already set up.</source>
      <translation>服务器已设置完成。</translation>
    </message>
    <message>
      <source>The text is not a PEM-encoded X.509 certificate.</source>
      <translation>该文本不是 PEM 编码的 X.509 证书。</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <source>The private key is missing, encrypted or does not belong to the certificate.</source>
      <translation>私钥缺失、已加密或与证书不匹配。</translation>
    </message>
    <message>
      <source>There is no setting {key}.</source>
      <translation>不存在设置 {key}。</translation>
    </message>
    <message>
      <source>There is no routing rule {id}.</source>
      <translation>不存在路由规则 {id}。</translation>
    </message>
    <message>
      <source>There is no session {id}.</source>
      <translation>不存在会话 {id}。</translation>
    </message>
    <message>
      <source>There is no trusted certificate {id}.</source>
      <translation>不存在受信任证书 {id}。</translation>
    </message>
    <message>
      <source>There is no account {jid}.</source>
      <translation>不存在帐户 {jid}。</translation>
    </message>
    <message>
      <source>The parameter {param} is missing or invalid.</source>
      <translation>参数 {param} 缺失或无效。</translation>
    </message>
    <message>
      <source>{domain} is not a valid domain name.</source>
      <translation>{domain} 不是有效的域名。</translation>
    </message>
    <message>
      <source>The domain {domain} is not hosted on this server.</source>
      <translation>域 {domain} 未托管在此服务器上。</translation>
    </message>
    <message>
      <source>{jid} is not a valid user address (user@domain).</source>
      <translation>{jid} 不是有效的用户地址（user@domain）。</translation>
    </message>
    <message>
      <source>The password is empty or contains characters that are not allowed</source>
      <translation>密码为空或包含不允许的字符</translation>
    </message>
    <message>
      <source>Account {user}@{domain} does not exist</source>
      <translation>帐户 {user}@{domain} 不存在</translation>
    </message>
    <message>
      <source>Domain {domain} does not exist</source>
      <translation>域 {domain} 不存在</translation>
    </message>
    <message>
      <source>Account {user}@{domain} already exists</source>
      <translation>帐户 {user}@{domain} 已存在</translation>
    </message>
    <message>
      <source>The admin password must have at least {min} characters and no control characters</source>
      <translation>管理员密码必须至少包含 {min} 个字符且不含控制字符</translation>
    </message>
    <message>
      <source>Cannot open the database {path}: {detail}</source>
      <translation>无法打开数据库 {path}：{detail}</translation>
    </message>
    <message>
      <source>The domain name is empty</source>
      <translation>域名为空</translation>
    </message>
    <message>
      <source>Domain {domain} already exists</source>
      <translation>域 {domain} 已存在</translation>
    </message>
    <message>
      <source>Invalid value for setting {key}</source>
      <translation>设置 {key} 的值无效</translation>
    </message>
    <message>
      <source>Database migration {version} failed: {detail}</source>
      <translation>数据库迁移 {version} 失败：{detail}</translation>
    </message>
    <message>
      <source>The database has schema version {version}, newer than this program supports ({supported})</source>
      <translation>数据库的架构版本 {version} 比本程序支持的版本（{supported}）更新</translation>
    </message>
    <message>
      <source>Offline storage for {user}@{domain} is full ({limit} messages)</source>
      <translation>{user}@{domain} 的离线存储已满（{limit} 条消息）</translation>
    </message>
    <message>
      <source>{contact} is not in the roster of {user}@{domain}</source>
      <translation>{contact} 不在 {user}@{domain} 的联系人列表中</translation>
    </message>
    <message>
      <source>Routing rule {id} does not exist</source>
      <translation>路由规则 {id} 不存在</translation>
    </message>
    <message>
      <source>{pattern} is not a valid domain pattern</source>
      <translation>{pattern} 不是有效的域模式</translation>
    </message>
    <message>
      <source>Unknown routing action {action}</source>
      <translation>未知的路由操作 {action}</translation>
    </message>
    <message>
      <source>A relay rule needs a relay host</source>
      <translation>中继规则需要中继主机</translation>
    </message>
    <message>
      <source>{host} is not a valid relay host</source>
      <translation>{host} 不是有效的中继主机</translation>
    </message>
    <message>
      <source>{port} is not a valid port</source>
      <translation>{port} 不是有效的端口</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>数据库错误：{detail}</translation>
    </message>
    <message>
      <source>The database is not open</source>
      <translation>数据库未打开</translation>
    </message>
    <message>
      <source>TLS is already required for {pattern}</source>
      <translation>已对 {pattern} 要求 TLS</translation>
    </message>
    <message>
      <source>TLS is not required for {pattern}</source>
      <translation>未对 {pattern} 要求 TLS</translation>
    </message>
    <message>
      <source>The CA certificate is not in PEM format</source>
      <translation>CA 证书不是 PEM 格式</translation>
    </message>
    <message>
      <source>Trusted CA certificate {id} does not exist</source>
      <translation>受信任的 CA 证书 {id} 不存在</translation>
    </message>
    <message>
      <source>A line is longer than {max} bytes</source>
      <translation>某行超过 {max} 字节</translation>
    </message>
    <message>
      <source>Not connected to confabd</source>
      <translation>未连接到 confabd</translation>
    </message>
    <message>
      <source>confabd did not answer within {ms} ms</source>
      <translation>confabd 未在 {ms} 毫秒内应答</translation>
    </message>
    <message>
      <source>The connection to confabd was lost</source>
      <translation>与 confabd 的连接已断开</translation>
    </message>
    <message>
      <source>The message is neither a request, a response nor an event</source>
      <translation>该消息既不是请求、响应，也不是事件</translation>
    </message>
    <message>
      <source>The line is not valid JSON: {reason}</source>
      <translation>该行不是有效的 JSON：{reason}</translation>
    </message>
    <message>
      <source>{name} must be true or false</source>
      <translation>{name} 必须为 true 或 false</translation>
    </message>
    <message>
      <source>{name} must be a whole number from {min} to {max}</source>
      <translation>{name} 必须是 {min} 到 {max} 之间的整数</translation>
    </message>
    <message>
      <source>{name}: {value} is not an IP address</source>
      <translation>{name}：{value} 不是 IP 地址</translation>
    </message>
    <message>
      <source>{name}: {value} must name a file inside the data directory</source>
      <translation>{name}：{value} 必须指向数据目录中的文件</translation>
    </message>
    <message>
      <source>{name}: {value} is not a valid XMPP address</source>
      <translation>{name}：{value} 不是有效的 XMPP 地址</translation>
    </message>
    <message>
      <source>{name} must be text</source>
      <translation>{name} 必须是文本</translation>
    </message>
    <message>
      <source>{name} must be a list of non-empty texts</source>
      <translation>{name} 必须是非空文本的列表</translation>
    </message>
    <message>
      <source>{value} is not allowed in {name}; allowed: {choices}</source>
      <translation>{name} 中不允许 {value}；允许：{choices}</translation>
    </message>
    <message>
      <source>{name} must be one of: {choices}</source>
      <translation>{name} 必须是以下之一：{choices}</translation>
    </message>
    <message>
      <source>There is no setting {name}</source>
      <translation>不存在设置 {name}</translation>
    </message>
  </context>
  <context>
    <name>LogCatalog</name>
    <message>
      <source>confabd {version} started, data directory {dataDir}</source>
      <translation>confabd {version} 已启动，数据目录 {dataDir}</translation>
    </message>
    <message>
      <source>confabd stopping ({reason})</source>
      <translation>confabd 正在停止（{reason}）</translation>
    </message>
    <message>
      <source>Listening on {address}:{port} ({kind})</source>
      <translation>正在监听 {address}:{port}（{kind}）</translation>
    </message>
    <message>
      <source>Cannot listen on {address}:{port} ({kind}): {reason}</source>
      <translation>无法监听 {address}:{port}（{kind}）：{reason}</translation>
    </message>
    <message>
      <source>Connection from {address}</source>
      <translation>来自 {address} 的连接</translation>
    </message>
    <message>
      <source>Connection from {address} closed ({jid}; {bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>来自 {address} 的连接已关闭（{jid}；收到 {bytesIn} 字节，发送 {bytesOut} 字节）</translation>
    </message>
    <message>
      <source>TLS established ({protocol}, {cipher})</source>
      <translation>TLS 已建立（{protocol}，{cipher}）</translation>
    </message>
    <message>
      <source>{jid} authenticated with {mechanism}</source>
      <translation>{jid} 已通过 {mechanism} 认证</translation>
    </message>
    <message>
      <source>Authentication failed for {user} from {address}: {reason}</source>
      <translation>{user} 从 {address} 认证失败：{reason}</translation>
    </message>
    <message>
      <source>Resource bound: {jid}</source>
      <translation>资源已绑定：{jid}</translation>
    </message>
    <message>
      <source>Stream error {condition} sent to {address} ({jid}): {text}</source>
      <translation>已向 {address}（{jid}）发送流错误 {condition}：{text}</translation>
    </message>
    <message>
      <source>Connection from {address} refused: the limit of {limit} concurrent connections is reached</source>
      <translation>已拒绝来自 {address} 的连接：已达到 {limit} 个并发连接的上限</translation>
    </message>
    <message>
      <source>Connection from {address} refused: more than {limit} connections from it within a minute</source>
      <translation>来自 {address} 的连接被拒绝：一分钟内来自该地址的连接超过 {limit} 个</translation>
    </message>
    <message>
      <source>Connection from {address} aborted: it does not read what is sent to it ({bytes} bytes waiting)</source>
      <translation>来自 {address} 的连接已中止：对方不读取发送给它的数据（{bytes} 字节等待中）</translation>
    </message>
    <message>
      <source>Account {jid} created in-band from {address}</source>
      <translation>已从 {address} 通过客户端创建帐户 {jid}</translation>
    </message>
    <message>
      <source>In-band registration of "{user}" on {domain} from {address} refused: {reason}</source>
      <translation>已拒绝从 {address} 在 {domain} 上注册“{user}”：{reason}</translation>
    </message>
    <message>
      <source>{jid} changed its password in-band</source>
      <translation>{jid} 通过客户端修改了密码</translation>
    </message>
    <message>
      <source>In-band password change of {jid} refused: {reason}</source>
      <translation>已拒绝 {jid} 通过客户端修改密码：{reason}</translation>
    </message>
    <message>
      <source>{jid} removed its account in-band</source>
      <translation>{jid} 通过客户端删除了帐户</translation>
    </message>
    <message>
      <source>In-band removal of the account {jid} failed: {reason}</source>
      <translation>通过客户端删除帐户 {jid} 失败：{reason}</translation>
    </message>
    <message>
      <source>Control connection opened</source>
      <translation>控制连接已打开</translation>
    </message>
    <message>
      <source>Control connection failed to authenticate: wrong admin password ({failures} in a row)</source>
      <translation>控制连接认证失败：管理员密码错误（连续 {failures} 次）</translation>
    </message>
    <message>
      <source>Control connection authenticated</source>
      <translation>控制连接已认证</translation>
    </message>
    <message>
      <source>First-run setup completed for domain {domain}</source>
      <translation>域 {domain} 的初始设置已完成</translation>
    </message>
    <message>
      <source>Control connection closed</source>
      <translation>控制连接已关闭</translation>
    </message>
    <message>
      <source>Control socket listening on {path}</source>
      <translation>控制套接字正在监听 {path}</translation>
    </message>
    <message>
      <source>First-run setup: admin password set</source>
      <translation>初始设置：已设置管理员密码</translation>
    </message>
    <message>
      <source>Admin added the domain {domain}</source>
      <translation>管理员添加了域 {domain}</translation>
    </message>
    <message>
      <source>Admin removed the domain {domain} and its accounts</source>
      <translation>管理员删除了域 {domain} 及其帐户</translation>
    </message>
    <message>
      <source>Admin set {key} = {value} for the domain {domain}</source>
      <translation>管理员为域 {domain} 设置了 {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset {key} to its default for the domain {domain}</source>
      <translation>管理员将域 {domain} 的 {key} 恢复为默认值</translation>
    </message>
    <message>
      <source>Admin added the account {jid}</source>
      <translation>管理员添加了帐户 {jid}</translation>
    </message>
    <message>
      <source>Admin changed the password of {jid}</source>
      <translation>管理员修改了 {jid} 的密码</translation>
    </message>
    <message>
      <source>Admin removed the account {jid}</source>
      <translation>管理员删除了帐户 {jid}</translation>
    </message>
    <message>
      <source>Admin disabled the account {jid}</source>
      <translation>管理员停用了帐户 {jid}</translation>
    </message>
    <message>
      <source>Admin enabled the account {jid}</source>
      <translation>管理员启用了帐户 {jid}</translation>
    </message>
    <message>
      <source>Admin set the global setting {key} = {value}</source>
      <translation>管理员设置了全局设置 {key} = {value}</translation>
    </message>
    <message>
      <source>Admin reset the global setting {key} to its default</source>
      <translation>管理员将全局设置 {key} 恢复为默认值</translation>
    </message>
    <message>
      <source>Admin added routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>管理员添加了路由规则 {id}：{pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin changed routing rule {id}: {pattern} -&gt; {action} {relay}</source>
      <translation>管理员修改了路由规则 {id}：{pattern} -&gt; {action} {relay}</translation>
    </message>
    <message>
      <source>Admin removed routing rule {id} ({pattern})</source>
      <translation>管理员删除了路由规则 {id}（{pattern}）</translation>
    </message>
    <message>
      <source>Admin moved routing rule {id} to position {position}</source>
      <translation>管理员将路由规则 {id} 移到位置 {position}</translation>
    </message>
    <message>
      <source>Admin required TLS with a valid certificate for {pattern}</source>
      <translation>管理员要求对 {pattern} 使用带有效证书的 TLS</translation>
    </message>
    <message>
      <source>Admin no longer requires TLS for {pattern}</source>
      <translation>管理员不再要求对 {pattern} 使用 TLS</translation>
    </message>
    <message>
      <source>Admin trusted the CA certificate {id}: {subject}</source>
      <translation>管理员信任了 CA 证书 {id}：{subject}</translation>
    </message>
    <message>
      <source>Admin removed the trusted CA certificate {id}: {subject}</source>
      <translation>管理员移除了受信任的 CA 证书 {id}：{subject}</translation>
    </message>
    <message>
      <source>Admin imported a certificate for {domain}: {subject}, valid until {expires}</source>
      <translation>管理员为 {domain} 导入了证书：{subject}，有效期至 {expires}</translation>
    </message>
    <message>
      <source>Admin disconnected the session {id}</source>
      <translation>管理员断开了会话 {id}</translation>
    </message>
    <message>
      <source>Database opened: {path}</source>
      <translation>数据库已打开：{path}</translation>
    </message>
    <message>
      <source>Database migrated from schema version {from} to {to}</source>
      <translation>数据库已从架构版本 {from} 迁移到 {to}</translation>
    </message>
    <message>
      <source>Database error in {operation}: {reason}</source>
      <translation>{operation} 中的数据库错误：{reason}</translation>
    </message>
    <message>
      <source>Roster or offline storage failed for {jid}: {reason}</source>
      <translation>{jid} 的联系人列表或离线存储失败：{reason}</translation>
    </message>
    <message>
      <source>Offline storage of {jid} is full ({limit} messages): a message from {from} was refused</source>
      <translation>{jid} 的离线存储已满（{limit} 条消息）：已拒绝来自 {from} 的消息</translation>
    </message>
    <message>
      <source>Generated a self-signed certificate for {domain}, valid until {expires}</source>
      <translation>已为 {domain} 生成自签名证书，有效期至 {expires}</translation>
    </message>
    <message>
      <source>Loaded the certificate for {domain} from {path}, valid until {expires}</source>
      <translation>已从 {path} 加载 {domain} 的证书，有效期至 {expires}</translation>
    </message>
    <message>
      <source>Certificate for {domain} unusable: {reason}</source>
      <translation>{domain} 的证书不可用：{reason}</translation>
    </message>
    <message>
      <source>Connecting to {domain} at {host} ({address}) port {port}</source>
      <translation>正在通过 {host}（{address}）端口 {port} 连接 {domain}</translation>
    </message>
    <message>
      <source>Could not connect to {domain} at {host} port {port}</source>
      <translation>无法通过 {host} 端口 {port} 连接 {domain}</translation>
    </message>
    <message>
      <source>TLS with {domain} established ({protocol}, {cipher}); certificate: {certificate}</source>
      <translation>与 {domain} 的 TLS 已建立（{protocol}，{cipher}）；证书：{certificate}</translation>
    </message>
    <message>
      <source>{from} authenticated to {to} with {method}</source>
      <translation>{from} 已通过 {method} 向 {to} 认证</translation>
    </message>
    <message>
      <source>{to} refused SASL EXTERNAL for {from}; trying dialback</source>
      <translation>{to} 拒绝了 {from} 的 SASL EXTERNAL；尝试 dialback</translation>
    </message>
    <message>
      <source>{to} answered dialback for {from} with {type}</source>
      <translation>{to} 以 {type} 回应了 {from} 的 dialback</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} failed: {reason}</source>
      <translation>到 {domain} 的服务器间连接失败：{reason}</translation>
    </message>
    <message>
      <source>Server-to-server connection to {domain} closed</source>
      <translation>到 {domain} 的服务器间连接已关闭</translation>
    </message>
    <message>
      <source>Returned a stanza from {from} to {to} with {condition}: {reason}</source>
      <translation>已以 {condition} 退回从 {from} 到 {to} 的节：{reason}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from} to {to})</source>
      <translation>来自 {address} 的服务器连接（{from} 到 {to}）</translation>
    </message>
    <message>
      <source>TLS with {from} established ({protocol}, {cipher})</source>
      <translation>与 {from} 的 TLS 已建立（{protocol}，{cipher}）</translation>
    </message>
    <message>
      <source>{from} authenticated for {to} with {method}</source>
      <translation>{from} 已通过 {method} 为 {to} 认证</translation>
    </message>
    <message>
      <source>Refused {from} for {to}: {reason}</source>
      <translation>已拒绝 {from} 对 {to} 的连接：{reason}</translation>
    </message>
    <message>
      <source>Dialback key check from {from} for {to}: valid {valid}</source>
      <translation>来自 {from} 对 {to} 的 dialback 密钥检查：有效 {valid}</translation>
    </message>
    <message>
      <source>Server stream from {address} ({domain}) ended with {condition}: {text}</source>
      <translation>来自 {address}（{domain}）的服务器流以 {condition} 结束：{text}</translation>
    </message>
    <message>
      <source>Server connection from {address} ({from}) closed ({bytesIn} bytes in, {bytesOut} bytes out)</source>
      <translation>来自 {address}（{from}）的服务器连接已关闭（收到 {bytesIn} 字节，发送 {bytesOut} 字节）</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Bytes confabd queues for one connection whose peer does not read what is sent to it; beyond that the connection is closed, so a client that stops reading cannot make the server hold its traffic without bound.</source>
      <translation>confabd 为对端不读取数据的单个连接排队的最大字节数；超过后关闭连接，使停止读取的客户端无法让服务器无限缓存其流量。</translation>
    </message>
    <message>
      <source>New connections one network address (an IPv6 /64 counts as one) may open within a minute; further ones are refused with a resource-constraint stream error. 0 removes the limit.</source>
      <translation>一个网络地址（一个 IPv6 /64 网段算作一个）每分钟可建立的新连接数；超出的连接以 resource-constraint 流错误拒绝。0 表示不限制。</translation>
    </message>
    <message>
      <source>Stanzas per second one client connection may send (bursts of twice as many are allowed); a faster client is slowed down by reading its stream later, without affecting others. 0 removes the limit.</source>
      <translation>一个客户端连接每秒可发送的节数（允许两倍的突发）；更快的客户端会通过延后读取其流而被减速，不影响其他客户端。0 表示不限制。</translation>
    </message>
    <message>
      <source>Most attributes (namespace declarations included) one XML element may carry; an element with more is treated like an oversized stanza.</source>
      <translation>一个 XML 元素最多可带的属性数（包括命名空间声明）；超过的元素按超大节处理。</translation>
    </message>
    <message>
      <source>Longest attribute value accepted, in characters; a longer one is treated like an oversized stanza.</source>
      <translation>接受的最长属性值（字符数）；更长的按超大节处理。</translation>
    </message>
    <message>
      <source>Most contacts one account's roster may hold; adding more is refused with a resource-constraint error.</source>
      <translation>一个账户的联系人名单最多可含的联系人数；继续添加将以 resource-constraint 错误拒绝。</translation>
    </message>
    <message>
      <source>Longest request, in bytes, that the manager or confabctl may send over the control socket (a certificate import carries the PEM files, usually a few kilobytes). A longer request is answered with an error; the connection stays usable. Applies to control connections opened afterwards.</source>
      <translation>管理器或 confabctl 通过控制套接字可发送的最长请求（字节）。导入证书时会发送 PEM 文件，通常只有几 KB。更长的请求会收到错误答复，连接仍可继续使用。对之后打开的控制连接生效。</translation>
    </message>
    <message>
      <source>Maximum number of concurrent connections (clients and servers together). Connections beyond it are refused until others close.</source>
      <translation>最大并发连接数（客户端和服务器合计）。超出的连接将被拒绝，直到其他连接关闭。</translation>
    </message>
    <message>
      <source>Threads that do the network work of connections (reading, writing, TLS encryption) beside the main thread, which handles the XMPP side. -1 chooses: one for each processor beyond the first, at most 4, and none on a single processor. 0 does everything on the main thread. Takes effect when confabd restarts.</source>
      <translation>在主线程（处理 XMPP 部分）之外负责连接网络工作（读取、写入、TLS 加密）的线程数。-1 表示自动选择：第一个处理器之外每个处理器一个，最多 4 个，单处理器时不用。0 表示全部在主线程中完成。重启 confabd 后生效。</translation>
    </message>
    <message>
      <source>How much confabd logs: nothing; major (start, stop, failures of a whole service); problems (also errors caused by a client, a peer server or the configuration); low (also connections, authentication and routing decisions); all (also every stanza).</source>
      <translation>confabd 记录多少日志：nothing – 不记录；major – 启动、停止、整个服务的故障；problems – 另加客户端、对端服务器或配置引起的错误；low – 另加连接、认证和路由决策；all – 另加每个节（stanza）。</translation>
    </message>
    <message>
      <source>IP address the XMPP listeners bind to. "::" means every IPv4 and IPv6 address of this machine, "0.0.0.0" every IPv4 address only; or give one address of this machine.</source>
      <translation>XMPP 服务绑定的 IP 地址。"::" 表示本机所有 IPv4 和 IPv6 地址，"0.0.0.0" 仅表示所有 IPv4 地址；也可填写本机的某个地址。</translation>
    </message>
    <message>
      <source>TCP port for client connections (STARTTLS).</source>
      <translation>客户端连接的 TCP 端口（STARTTLS）。</translation>
    </message>
    <message>
      <source>TCP port for connections from other XMPP servers.</source>
      <translation>其他 XMPP 服务器连接的 TCP 端口。</translation>
    </message>
    <message>
      <source>TCP port for client connections that start with TLS directly (XEP-0368).</source>
      <translation>直接以 TLS 开始的客户端连接的 TCP 端口（XEP-0368）。</translation>
    </message>
    <message>
      <source>Clients must set up TLS before they authenticate. Turning this off lets passwords and messages cross the network unencrypted; only for tests on a trusted network.</source>
      <translation>客户端必须在认证前建立 TLS。关闭后，密码和消息将以明文在网络上传输；仅用于受信任网络中的测试。</translation>
    </message>
    <message>
      <source>Largest stanza accepted, in bytes. A client or server that sends a larger one gets a policy-violation stream error and is disconnected.</source>
      <translation>接受的最大节大小（字节）。发送更大节的客户端或服务器会收到 policy-violation 流错误并被断开。</translation>
    </message>
    <message>
      <source>Deepest nesting of XML elements accepted in a stream; deeper input is treated like an oversized stanza.</source>
      <translation>流中接受的 XML 元素最大嵌套深度；更深的输入按超大节处理。</translation>
    </message>
    <message>
      <source>Seconds a new client connection has to authenticate before it is closed.</source>
      <translation>新的客户端连接在被关闭前可用于认证的秒数。</translation>
    </message>
    <message>
      <source>Seconds without any data from an authenticated client after which its connection is closed (clients send keep-alives well within this).</source>
      <translation>已认证客户端在无任何数据多少秒后关闭其连接（客户端发送保活消息的间隔远小于此值）。</translation>
    </message>
    <message>
      <source>Milliseconds to wait before answering a failed authentication, to slow down password guessing.</source>
      <translation>认证失败后等待多少毫秒再应答，以减缓密码猜测。</translation>
    </message>
    <message>
      <source>Seconds without traffic after which a connection to or from another server is closed; it is reopened when needed.</source>
      <translation>与其他服务器之间的连接无流量多少秒后关闭；需要时会重新打开。</translation>
    </message>
    <message>
      <source>Seconds stanzas for a remote domain wait while the connection to it is set up; after that they are returned to their senders with an error.</source>
      <translation>发往远程域的节在建立连接期间等待的秒数；超时后将带错误退回给发送者。</translation>
    </message>
    <message>
      <source>IP address of the DNS server used to look up other XMPP servers. Empty: the system's resolver configuration.</source>
      <translation>用于查找其他 XMPP 服务器的 DNS 服务器 IP 地址。留空：使用系统的解析器配置。</translation>
    </message>
    <message>
      <source>Leave the operating system out of software version answers (XEP-0092).</source>
      <translation>在软件版本应答中不包含操作系统（XEP-0092）。</translation>
    </message>
    <message>
      <source>Messages kept for a user while they are offline; further messages are refused with an error to the sender. 0 turns offline storage off.</source>
      <translation>用户离线时为其保留的消息数；更多的消息会被拒绝并向发送者返回错误。0 表示关闭离线存储。</translation>
    </message>
    <message>
      <source>Accounts one network address (an IPv6 /64 counts as one) may create in-band within an hour on domains with free registration; further attempts are refused. 0 removes the limit.</source>
      <translation>在开放注册的域上，一个网络地址（一个 IPv6 /64 网段算作一个）每小时可通过客户端创建的帐户数；更多尝试将被拒绝。0 表示不限制。</translation>
    </message>
    <message>
      <source>The domain is served. A disabled domain keeps its accounts and data but accepts no logins and no stanzas.</source>
      <translation>提供此域的服务。停用的域保留其帐户和数据，但不接受登录和节。</translation>
    </message>
    <message>
      <source>Anyone may create an account on this domain from an XMPP client (XEP-0077). Leave off unless the server is meant to be public: open registration attracts spammers.</source>
      <translation>任何人都可以通过 XMPP 客户端在此域上创建帐户（XEP-0077）。除非服务器面向公众，否则请保持关闭：开放注册会招来垃圾信息发送者。</translation>
    </message>
    <message>
      <source>Users may change their own password from their client (XEP-0077).</source>
      <translation>用户可以在客户端中修改自己的密码（XEP-0077）。</translation>
    </message>
    <message>
      <source>Clients may log in without an account (SASL ANONYMOUS) and get a temporary address on this domain.</source>
      <translation>客户端可以无需帐户登录（SASL ANONYMOUS），并在此域上获得临时地址。</translation>
    </message>
    <message>
      <source>Also accept old authentication methods: non-SASL login (XEP-0078, jabber:iq:auth), CRAM-MD5 and DIGEST-MD5. They need each password stored in a reversible form next to the salted SCRAM keys, so a stolen database reveals the passwords. Passwords set while this is off work with these methods only after they are set again. Enable only for old clients that cannot use SCRAM.</source>
      <translation>同时接受旧的认证方式：非 SASL 登录（XEP-0078，jabber:iq:auth）、CRAM-MD5 和 DIGEST-MD5。它们要求在加盐的 SCRAM 密钥旁以可逆形式保存每个密码，因此数据库被盗会泄露密码。在此选项关闭时设置的密码，需要重新设置后才能用于这些方式。仅为不支持 SCRAM 的旧客户端启用。</translation>
    </message>
    <message>
      <source>SASL mechanisms offered to clients, most preferred first. The -PLUS variants bind the login to the TLS connection. CRAM-MD5 and DIGEST-MD5 take effect only with auth.legacy on; ANONYMOUS is controlled by auth.anonymous.</source>
      <translation>向客户端提供的 SASL 机制，首选的在前。-PLUS 变体将登录绑定到 TLS 连接。CRAM-MD5 和 DIGEST-MD5 仅在 auth.legacy 开启时生效；ANONYMOUS 由 auth.anonymous 控制。</translation>
    </message>
    <message>
      <source>Additional addresses listed in this domain's service discovery items (XEP-0030), for example a gateway or a service that runs elsewhere.</source>
      <translation>在此域的服务发现项目（XEP-0030）中额外列出的地址，例如网关或在其他地方运行的服务。</translation>
    </message>
    <message>
      <source>PEM file with this domain's certificate chain, inside the data directory. Empty: confabd generates a self-signed certificate.</source>
      <translation>数据目录中包含此域证书链的 PEM 文件。留空：confabd 生成自签名证书。</translation>
    </message>
    <message>
      <source>Stanzas that may wait for one pair of local and remote domain while the connection is set up; further stanzas are returned to their senders with an error.</source>
      <translation>在建立连接期间，每对本地域和远程域可等待的节数；更多的节将带错误退回给发送者。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectPage</name>
    <message>
      <source>Connect to confabd</source>
      <translation>连接到 confabd</translation>
    </message>
    <message>
      <source>The manager talks to the Confab service on this computer through its control socket.</source>
      <translation>管理器通过控制套接字与本机上的 Confab 服务通信。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Control socket:</source>
      <translation>控制套接字：</translation>
    </message>
    <message>
      <source>Admin password:</source>
      <translation>管理员密码：</translation>
    </message>
    <message>
      <source>Remember the password in the system keychain</source>
      <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>连接</translation>
    </message>
    <message>
      <source>Choose the control socket</source>
      <translation>选择控制套接字</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::ConnectionsPage</name>
    <message>
      <source>Connections</source>
      <translation>连接</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Address (JID or domain)</source>
      <translation>地址（JID 或域）</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>From</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>加密</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>断开</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>client</source>
      <translation>客户端</translation>
    </message>
    <message>
      <source>server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>not yet known</source>
      <translation>尚未确定</translation>
    </message>
    <message>
      <source>logged in</source>
      <translation>已登录</translation>
    </message>
    <message>
      <source>negotiating</source>
      <translation>协商中</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Session %1 was disconnected.</source>
      <translation>会话 %1 已断开。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DashboardPage</name>
    <message>
      <source>Dashboard</source>
      <translation>仪表板</translation>
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
        <numerusform>%n 小时</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n 分钟</numerusform>
      </translation>
    </message>
    <message>
      <source>Listening ports</source>
      <translation>监听端口</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>端口</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>域</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>颁发者</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>running, %1</source>
      <translation>运行中，%1</translation>
    </message>
    <message>
      <source>Uptime</source>
      <translation>运行时间</translation>
    </message>
    <message>
      <source>Domains</source>
      <translation>域</translation>
    </message>
    <message>
      <source>User accounts</source>
      <translation>用户帐户</translation>
    </message>
    <message>
      <source>Open connections</source>
      <translation>打开的连接</translation>
    </message>
    <message>
      <source>Logged-in sessions</source>
      <translation>已登录会话</translation>
    </message>
    <message>
      <source>Data directory</source>
      <translation>数据目录</translation>
    </message>
    <message>
      <source>clients and servers, direct TLS</source>
      <translation>客户端和服务器，直接 TLS</translation>
    </message>
    <message>
      <source>clients and servers (STARTTLS)</source>
      <translation>客户端和服务器（STARTTLS）</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>自签名</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>证书颁发机构</translation>
    </message>
    <message>
      <source>The certificate of %1 has expired. Clients and servers will refuse to connect.</source>
      <translation>%1 的证书已过期。客户端和服务器将拒绝连接。</translation>
    </message>
    <message numerus="yes">
      <source>The certificate of %1 expires in %n day(s).</source>
      <translation>
        <numerusform>%1 的证书将在 %n 天后过期。</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 uses a self-signed certificate: other servers and most clients will not trust it. Import one from a certificate authority on the Security page.</source>
      <translation>%1 使用自签名证书：其他服务器和大多数客户端不会信任它。请在“安全”页面导入证书颁发机构签发的证书。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::DomainsPage</name>
    <message>
      <source>Domains</source>
      <translation>域</translation>
    </message>
    <message>
      <source>example.com</source>
      <translation>example.com</translation>
    </message>
    <message>
      <source>Add domain</source>
      <translation>添加域</translation>
    </message>
    <message>
      <source>Remove domain…</source>
      <translation>删除域…</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>应用更改</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n user(s))</source>
      <translation>
        <numerusform>%1（%n 个用户）</numerusform>
      </translation>
    </message>
    <message>
      <source>Add a domain to host it.</source>
      <translation>添加一个域以托管它。</translation>
    </message>
    <message>
      <source>Settings of %1</source>
      <translation>%1 的设置</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>“%1”不是有效的域名。</translation>
    </message>
    <message>
      <source>%1 is now hosted. confabd created a self-signed certificate for it.</source>
      <translation>%1 现已托管。confabd 已为其创建自签名证书。</translation>
    </message>
    <message>
      <source>Remove domain</source>
      <translation>删除域</translation>
    </message>
    <message>
      <source>Stop hosting %1 and delete all of its user accounts? This cannot be undone.</source>
      <translation>停止托管 %1 并删除其所有用户帐户？此操作无法撤销。</translation>
    </message>
    <message>
      <source>%1 is no longer hosted.</source>
      <translation>%1 已不再托管。</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>部分值无效，已标出。未做任何更改。</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>没有需要更改的内容。</translation>
    </message>
    <message>
      <source>The settings of %1 were saved.</source>
      <translation>%1 的设置已保存。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::LogsPage</name>
    <message>
      <source>Logs</source>
      <translation>日志</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>无</translation>
    </message>
    <message>
      <source>major</source>
      <translation>重要</translation>
    </message>
    <message>
      <source>problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>low level</source>
      <translation>底层</translation>
    </message>
    <message>
      <source>detail</source>
      <translation>详细</translation>
    </message>
    <message>
      <source>Major events only</source>
      <translation>仅重要事件</translation>
    </message>
    <message>
      <source>Problems and major events</source>
      <translation>问题和重要事件</translation>
    </message>
    <message>
      <source>Also low-level events</source>
      <translation>包括底层事件</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>所有标签</translation>
    </message>
    <message>
      <source>Filter text</source>
      <translation>筛选文本</translation>
    </message>
    <message>
      <source>Follow</source>
      <translation>跟随</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>连接</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <source>Export log</source>
      <translation>导出日志</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
      <source>The log was saved to %1.</source>
      <translation>日志已保存到 %1。</translation>
    </message>
    <message>
      <source>Cannot write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
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
      <translation>服务器(&amp;S)</translation>
    </message>
    <message>
      <source>Connect to another server…</source>
      <translation>连接到其他服务器…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>About Confab Manager</source>
      <translation>关于 Confab 管理器</translation>
    </message>
    <message>
      <source>Confab Manager %1: set-up and administration of the Confab XMPP server.</source>
      <translation>Confab 管理器 %1：Confab XMPP 服务器的设置与管理。</translation>
    </message>
    <message>
      <source>Connecting to %1…</source>
      <translation>正在连接到 %1…</translation>
    </message>
    <message>
      <source>Connected to %1. Enter the admin password.</source>
      <translation>已连接到 %1。请输入管理员密码。</translation>
    </message>
    <message>
      <source>The manager reconnects on its own when confabd is back.</source>
      <translation>confabd 恢复后，管理器会自动重新连接。</translation>
    </message>
    <message>
      <source>Connected to %1 (%2)</source>
      <translation>已连接到 %1（%2）</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::PasswordVault</name>
    <message>
      <source>The system keychain cannot be used (%1). The manager works without it, but asks for the password each time.</source>
      <translation>无法使用系统钥匙串（%1）。管理器可以在没有它的情况下工作，但每次都会询问密码。</translation>
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
      <translation>拒绝</translation>
    </message>
    <message>
      <source>relay to %1</source>
      <translation>通过 %1 中继</translation>
    </message>
    <message>
      <source>Traffic to other servers normally goes to the servers their DNS names. These rules override that: the first rule whose pattern matches the remote domain decides. Drag rules to change their order. * stands for any characters.</source>
      <translation>发往其他服务器的流量通常送到其 DNS 指定的服务器。这些规则会覆盖该行为：由第一条模式匹配远程域的规则决定。拖动规则可更改顺序。* 代表任意字符。</translation>
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
      <translation>备注</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Relay through another server</source>
      <translation>通过其他服务器中继</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>拒绝</translation>
    </message>
    <message>
      <source>default (5269)</source>
      <translation>默认（5269）</translation>
    </message>
    <message>
      <source>Remote domain pattern:</source>
      <translation>远程域模式：</translation>
    </message>
    <message>
      <source>Action:</source>
      <translation>操作：</translation>
    </message>
    <message>
      <source>Relay host:</source>
      <translation>中继主机：</translation>
    </message>
    <message>
      <source>Relay port:</source>
      <translation>中继端口：</translation>
    </message>
    <message>
      <source>Comment:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <source>Add rule</source>
      <translation>添加规则</translation>
    </message>
    <message>
      <source>Save selected rule</source>
      <translation>保存所选规则</translation>
    </message>
    <message>
      <source>Remove selected rule</source>
      <translation>删除所选规则</translation>
    </message>
    <message>
      <source>Test a domain</source>
      <translation>测试域</translation>
    </message>
    <message>
      <source>Remote domain, e.g. %1</source>
      <translation>远程域，例如 %1</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>测试</translation>
    </message>
    <message>
      <source>Remove rule</source>
      <translation>删除规则</translation>
    </message>
    <message>
      <source>Remove the selected rule?</source>
      <translation>删除所选规则？</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>请使用 * 代表任意字符的域名，例如 *.example.com。</translation>
    </message>
    <message>
      <source>Give the host name or IP address of the relay server.</source>
      <translation>请填写中继服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>部分值无效，已标出。未做任何更改。</translation>
    </message>
    <message>
      <source>Rule for %1 added.</source>
      <translation>已添加 %1 的规则。</translation>
    </message>
    <message>
      <source>Select a rule first.</source>
      <translation>请先选择一条规则。</translation>
    </message>
    <message>
      <source>Rule saved.</source>
      <translation>规则已保存。</translation>
    </message>
    <message>
      <source>“%1” is not a valid domain name.</source>
      <translation>“%1”不是有效的域名。</translation>
    </message>
    <message>
      <source>%1 matches rule %2 (%3): %4.</source>
      <translation>%1 匹配规则 %2（%3）：%4。</translation>
    </message>
    <message>
      <source>No rule matches %1: confabd looks up its servers in DNS (SRV records).</source>
      <translation>没有规则匹配 %1：confabd 会在 DNS（SRV 记录）中查找其服务器。</translation>
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
      <translation>仅加密发送</translation>
    </message>
    <message>
      <source>confabd talks to these remote domains only over TLS with a valid certificate.</source>
      <translation>confabd 只通过带有效证书的 TLS 与这些远程域通信。</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Trusted certificate authorities</source>
      <translation>受信任的证书颁发机构</translation>
    </message>
    <message>
      <source>Trusted for server-to-server TLS in addition to the system's.</source>
      <translation>除系统的证书颁发机构外，在服务器间 TLS 中也受信任。</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>主题</translation>
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
      <translation>从文件添加…</translation>
    </message>
    <message>
      <source>Certificates of the hosted domains</source>
      <translation>托管域的证书</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>域</translation>
    </message>
    <message>
      <source>Issued by</source>
      <translation>颁发者</translation>
    </message>
    <message>
      <source>Names</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Import certificate…</source>
      <translation>导入证书…</translation>
    </message>
    <message>
      <source>Trust a CA certificate</source>
      <translation>信任 CA 证书</translation>
    </message>
    <message>
      <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>自签名</translation>
    </message>
    <message>
      <source>a certificate authority</source>
      <translation>证书颁发机构</translation>
    </message>
    <message>
      <source>Use a domain name where * stands for any characters, e.g. *.example.com.</source>
      <translation>请使用 * 代表任意字符的域名，例如 *.example.com。</translation>
    </message>
    <message>
      <source>Cannot read %1.</source>
      <translation>无法读取 %1。</translation>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) added.</source>
      <translation>
        <numerusform>已添加 %n 个证书。</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 now uses the certificate for %2.</source>
      <translation>%1 现在使用 %2 的证书。</translation>
    </message>
    <message>
      <source>Import certificate</source>
      <translation>导入证书</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>选择文件</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>证书和密钥 (*.pem *.crt *.key *.pfx *.p12);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>域：</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>证书（PEM 或 PFX）：</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>私钥（PEM；PFX 不需要）：</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>密码短语（PFX 或加密的私钥）：</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::Session</name>
    <message>
      <source>confabd is not running: there is no control socket at %1. Start the Confab service; the manager connects as soon as it is up.</source>
      <translation>confabd 未运行：%1 处没有控制套接字。请启动 Confab 服务；服务一启动，管理器就会连接。</translation>
    </message>
    <message>
      <source>confabd refused the connection at %1. It may be stopping or starting; the manager keeps trying.</source>
      <translation>confabd 拒绝了 %1 处的连接。它可能正在停止或启动；管理器会继续尝试。</translation>
    </message>
    <message>
      <source>You may not open %1. Add your user to the group "confab" (then log in again) or run the manager as confabd's user.</source>
      <translation>您无权打开 %1。请将您的用户加入 "confab" 组（然后重新登录），或以 confabd 的用户身份运行管理器。</translation>
    </message>
    <message>
      <source>The connection to confabd was lost. Reconnecting…</source>
      <translation>与 confabd 的连接已断开。正在重新连接…</translation>
    </message>
    <message>
      <source>The admin password is wrong.</source>
      <translation>管理员密码错误。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsForm</name>
    <message>
      <source>Outgoing server queue (stanzas)</source>
      <translation>发往其他服务器的队列（节）</translation>
    </message>
    <message>
      <source>Client send buffer (bytes)</source>
      <translation>客户端发送缓冲区（字节）</translation>
    </message>
    <message>
      <source>New connections per address per minute</source>
      <translation>每地址每分钟新连接数</translation>
    </message>
    <message>
      <source>Stanzas per second per client</source>
      <translation>每客户端每秒节数</translation>
    </message>
    <message>
      <source>Attributes per element</source>
      <translation>每个元素的属性数</translation>
    </message>
    <message>
      <source>Largest attribute value (bytes)</source>
      <translation>最大属性值（字节）</translation>
    </message>
    <message>
      <source>Contacts per user</source>
      <translation>每用户联系人数</translation>
    </message>
    <message>
      <source>Largest admin request (bytes)</source>
      <translation>最大管理请求（字节）</translation>
    </message>
    <message>
      <source>Network threads</source>
      <translation>网络线程</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Major events</source>
      <translation>重要事件</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Low level</source>
      <translation>底层</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. %1</source>
      <translation>以逗号分隔，例如 %1</translation>
    </message>
    <message>
      <source>Connection limit</source>
      <translation>连接上限</translation>
    </message>
    <message>
      <source>Log level</source>
      <translation>日志级别</translation>
    </message>
    <message>
      <source>Listen address</source>
      <translation>监听地址</translation>
    </message>
    <message>
      <source>Client port</source>
      <translation>客户端端口</translation>
    </message>
    <message>
      <source>Server-to-server port</source>
      <translation>服务器间端口</translation>
    </message>
    <message>
      <source>Client port (direct TLS)</source>
      <translation>客户端端口（直接 TLS）</translation>
    </message>
    <message>
      <source>Clients must use TLS</source>
      <translation>客户端必须使用 TLS</translation>
    </message>
    <message>
      <source>Largest stanza (bytes)</source>
      <translation>最大节（字节）</translation>
    </message>
    <message>
      <source>Deepest XML nesting</source>
      <translation>最大 XML 嵌套深度</translation>
    </message>
    <message>
      <source>Login timeout (seconds)</source>
      <translation>登录超时（秒）</translation>
    </message>
    <message>
      <source>Client idle timeout (seconds)</source>
      <translation>客户端空闲超时（秒）</translation>
    </message>
    <message>
      <source>Delay after a failed login (ms)</source>
      <translation>登录失败后的延迟（毫秒）</translation>
    </message>
    <message>
      <source>Server idle timeout (seconds)</source>
      <translation>服务器空闲超时（秒）</translation>
    </message>
    <message>
      <source>Queue timeout for remote servers (seconds)</source>
      <translation>远程服务器队列超时（秒）</translation>
    </message>
    <message>
      <source>DNS server</source>
      <translation>DNS 服务器</translation>
    </message>
    <message>
      <source>Hide the operating system in version answers</source>
      <translation>在版本应答中隐藏操作系统</translation>
    </message>
    <message>
      <source>Offline messages kept per user</source>
      <translation>每个用户保留的离线消息</translation>
    </message>
    <message>
      <source>New accounts per address and hour</source>
      <translation>每个地址每小时的新帐户数</translation>
    </message>
    <message>
      <source>Domain is served</source>
      <translation>提供此域的服务</translation>
    </message>
    <message>
      <source>Free registration from XMPP clients</source>
      <translation>允许从 XMPP 客户端开放注册</translation>
    </message>
    <message>
      <source>Users may change their password</source>
      <translation>用户可以修改密码</translation>
    </message>
    <message>
      <source>Anonymous login</source>
      <translation>匿名登录</translation>
    </message>
    <message>
      <source>Old authentication methods</source>
      <translation>旧的认证方式</translation>
    </message>
    <message>
      <source>SASL methods allowed</source>
      <translation>允许的 SASL 方式</translation>
    </message>
    <message>
      <source>Extra service discovery items</source>
      <translation>额外的服务发现项目</translation>
    </message>
    <message>
      <source>Certificate file</source>
      <translation>证书文件</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>还原</translation>
    </message>
    <message>
      <source>Apply changes</source>
      <translation>应用更改</translation>
    </message>
    <message>
      <source>Some values are not valid; they are marked. Nothing was changed.</source>
      <translation>部分值无效，已标出。未做任何更改。</translation>
    </message>
    <message>
      <source>Nothing to change.</source>
      <translation>没有需要更改的内容。</translation>
    </message>
    <message>
      <source>Settings saved. New ports and the listen address take effect when confabd restarts.</source>
      <translation>设置已保存。新的端口和监听地址在 confabd 重启后生效。</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>设置已保存。</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::SetupWizard</name>
    <message>
      <source>Set up Confab</source>
      <translation>设置 Confab</translation>
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
      <translation>“%1”不是有效的域名。</translation>
    </message>
    <message>
      <source>Setting up…</source>
      <translation>正在设置…</translation>
    </message>
    <message>
      <source>The admin password is set, but a later step failed: %1 Finish the remaining settings on the manager's pages.</source>
      <translation>管理员密码已设置，但后续步骤失败：%1 请在管理器的页面中完成其余设置。</translation>
    </message>
    <message>
      <source>Copy records</source>
      <translation>复制记录</translation>
    </message>
    <message>
      <source>Your XMPP domain</source>
      <translation>您的 XMPP 域</translation>
    </message>
    <message>
      <source>Addresses will look like user@domain. Usually this is your company's domain name.</source>
      <translation>地址形如 user@domain。通常是贵公司的域名。</translation>
    </message>
    <message>
      <source>Domain name:</source>
      <translation>域名：</translation>
    </message>
    <message>
      <source>Host name of this server:</source>
      <translation>本服务器的主机名：</translation>
    </message>
    <message>
      <source>Publish these DNS SRV records in your domain's DNS zone so that clients and other servers find this server:</source>
      <translation>请在您域名的 DNS 区域中发布以下 DNS SRV 记录，以便客户端和其他服务器找到本服务器：</translation>
    </message>
    <message>
      <source>“%1” is not a valid host name.</source>
      <translation>“%1”不是有效的主机名。</translation>
    </message>
    <message>
      <source>Admin password</source>
      <translation>管理员密码</translation>
    </message>
    <message>
      <source>The manager and confabctl ask for this password. Use at least 8 characters.</source>
      <translation>管理器和 confabctl 会要求输入此密码。请至少使用 8 个字符。</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>重复密码：</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>密码必须至少包含 8 个字符。</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <source>Clients and servers check this certificate when they connect with TLS.</source>
      <translation>客户端和服务器通过 TLS 连接时会检查此证书。</translation>
    </message>
    <message>
      <source>Generate a self-signed certificate now (replace it later)</source>
      <translation>立即生成自签名证书（以后再替换）</translation>
    </message>
    <message>
      <source>Import a certificate from a certificate authority</source>
      <translation>导入证书颁发机构签发的证书</translation>
    </message>
    <message>
      <source>Other servers and most clients do not trust a self-signed certificate.</source>
      <translation>其他服务器和大多数客户端不信任自签名证书。</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <source>Choose a file</source>
      <translation>选择文件</translation>
    </message>
    <message>
      <source>Certificates and keys (*.pem *.crt *.key *.pfx *.p12);;All files (*)</source>
      <translation>证书和密钥 (*.pem *.crt *.key *.pfx *.p12);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Certificate (PEM or PFX):</source>
      <translation>证书（PEM 或 PFX）：</translation>
    </message>
    <message>
      <source>Private key (PEM; not for PFX):</source>
      <translation>私钥（PEM；PFX 不需要）：</translation>
    </message>
    <message>
      <source>Passphrase (PFX or encrypted key):</source>
      <translation>密码短语（PFX 或加密的私钥）：</translation>
    </message>
    <message>
      <source>Ports</source>
      <translation>端口</translation>
    </message>
    <message>
      <source>The standard ports suit almost every installation. Open them in your firewall.</source>
      <translation>标准端口几乎适用于所有安装。请在防火墙中开放这些端口。</translation>
    </message>
    <message>
      <source>Clients (STARTTLS):</source>
      <translation>客户端（STARTTLS）：</translation>
    </message>
    <message>
      <source>Other servers:</source>
      <translation>其他服务器：</translation>
    </message>
    <message>
      <source>Clients (direct TLS):</source>
      <translation>客户端（直接 TLS）：</translation>
    </message>
    <message>
      <source>Each port must be different.</source>
      <translation>各端口必须互不相同。</translation>
    </message>
    <message>
      <source>Registration</source>
      <translation>注册</translation>
    </message>
    <message>
      <source>Who may create accounts?</source>
      <translation>谁可以创建帐户？</translation>
    </message>
    <message>
      <source>Anyone may create an account from an XMPP client (free registration)</source>
      <translation>任何人都可以通过 XMPP 客户端创建帐户（开放注册）</translation>
    </message>
    <message>
      <source>Leave this off unless the server is meant to be public: open registration attracts spammers. You add accounts on the Users page.</source>
      <translation>除非服务器面向公众，否则请保持关闭：开放注册会招来垃圾信息发送者。您可以在“用户”页面添加帐户。</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Finish sets up confabd with these values.</source>
      <translation>点击“完成”将使用这些值设置 confabd。</translation>
    </message>
    <message>
      <source>DNS SRV records to publish:</source>
      <translation>需要发布的 DNS SRV 记录：</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>域：</translation>
    </message>
    <message>
      <source>Certificate:</source>
      <translation>证书：</translation>
    </message>
    <message>
      <source>imported from %1</source>
      <translation>从 %1 导入</translation>
    </message>
    <message>
      <source>self-signed</source>
      <translation>自签名</translation>
    </message>
    <message>
      <source>Ports:</source>
      <translation>端口：</translation>
    </message>
    <message>
      <source>clients %1, servers %2, direct TLS %3</source>
      <translation>客户端 %1，服务器 %2，直接 TLS %3</translation>
    </message>
    <message>
      <source>Free registration:</source>
      <translation>开放注册：</translation>
    </message>
    <message>
      <source>on</source>
      <translation>开</translation>
    </message>
    <message>
      <source>off</source>
      <translation>关</translation>
    </message>
  </context>
  <context>
    <name>confab::manager::UsersPage</name>
    <message>
      <source>Users</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Address (user@domain):</source>
      <translation>地址（user@domain）：</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Repeat password:</source>
      <translation>重复密码：</translation>
    </message>
    <message>
      <source>Search user names</source>
      <translation>搜索用户名</translation>
    </message>
    <message>
      <source>Domain:</source>
      <translation>域：</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <source>Add user…</source>
      <translation>添加用户…</translation>
    </message>
    <message>
      <source>Set password…</source>
      <translation>设置密码…</translation>
    </message>
    <message>
      <source>Disable / enable</source>
      <translation>停用 / 启用</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <source>Remove user</source>
      <translation>删除用户</translation>
    </message>
    <message>
      <source>Delete the account %1 and everything stored for it?</source>
      <translation>删除帐户 %1 以及为其保存的所有内容？</translation>
    </message>
    <message>
      <source>All domains</source>
      <translation>所有域</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>active</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>The password must have at least 8 characters.</source>
      <translation>密码必须至少包含 8 个字符。</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <source>Add user</source>
      <translation>添加用户</translation>
    </message>
    <message>
      <source>Select a user first.</source>
      <translation>请先选择一个用户。</translation>
    </message>
    <message>
      <source>Set password</source>
      <translation>设置密码</translation>
    </message>
    <message>
      <source>“%1” is not an address of the form user@domain.</source>
      <translation>“%1”不是 user@domain 形式的地址。</translation>
    </message>
    <message>
      <source>The account %1 was created.</source>
      <translation>帐户 %1 已创建。</translation>
    </message>
    <message>
      <source>The password of %1 was changed.</source>
      <translation>%1 的密码已修改。</translation>
    </message>
    <message>
      <source>%1 can no longer log in.</source>
      <translation>%1 已无法登录。</translation>
    </message>
    <message>
      <source>%1 can log in again.</source>
      <translation>%1 可以再次登录。</translation>
    </message>
    <message>
      <source>The account %1 was deleted.</source>
      <translation>帐户 %1 已删除。</translation>
    </message>
  </context>
</TS>
