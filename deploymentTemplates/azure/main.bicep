// IntegrationBot in Azure: Azure Bot (Teams + Direct Line), App Service (Linux, .NET 10), PostgreSQL flexible server,
// Key Vault and the user-assigned managed identity that is the bot's identity (MicrosoftAppType=UserAssignedMSI).
// main.json is this file compiled by hand (no bicep CLI on the build machine); keep the two in step
// (tests/IntegrationBot.Bot.Tests/Deployment/ArmTemplateTests checks main.json's structure).
targetScope = 'resourceGroup'

@description('Prefix of every resource name; lower-case letters and digits, 3 to 12 characters.')
@minLength(3)
@maxLength(12)
param baseName string = 'intbot'

@description('Region of the App Service, database and Key Vault. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('Entra tenant of the bot identity (and of the Teams users, if the bot is single-tenant).')
param tenantId string = subscription().tenantId

@description('Name shown for the bot in Azure and in the Bot Framework channels.')
param botDisplayName string = 'IntegrationBot'

@description('Azure Bot pricing tier: F0 (free, standard channels incl. Teams and Direct Line) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU (B1 is the smallest with Always On and WebSockets).')
param appServiceSku string = 'B1'

@description('PostgreSQL administrator login.')
param postgresAdminLogin string = 'integrationbot'

@description('PostgreSQL administrator password (stored in Key Vault as part of the connection string).')
@secure()
@minLength(12)
param postgresAdminPassword string

@description('PostgreSQL compute SKU.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier of the SKU.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresTier string = 'Burstable'

@description('Entra tenant ids whose Teams users may use the bot; empty = every tenant.')
param teamsAllowedTenants array = []

@description('Entra object ids of coordinators (Roles:Coordinators).')
param coordinatorObjectIds array = []

@description('Entra object ids of staff (Roles:Staff).')
param staffObjectIds array = []

var databaseName = 'integrationbot'
var suffix = uniqueString(resourceGroup().id)
var identityName = '${baseName}-bot-id'
var keyVaultName = take('${baseName}-kv-${suffix}', 24)
var postgresServerName = '${baseName}-pg-${suffix}'
var planName = '${baseName}-plan'
var webAppName = '${baseName}-app-${suffix}'
var botName = '${baseName}-bot-${suffix}'
var connectionSecretName = 'PostgresConnectionString'
// Built-in role "Key Vault Secrets User": read secret values (for the app setting's Key Vault reference).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

var baseSettings = [
  { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
  { name: 'MicrosoftAppId', value: identity.properties.clientId }
  { name: 'MicrosoftAppTenantId', value: tenantId }
  { name: 'Storage__Provider', value: 'Postgres' }
  { name: 'Storage__Postgres__ConnectionString', value: '@Microsoft.KeyVault(SecretUri=${connectionSecret.properties.secretUri})' }
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  // appsettings.json listens on localhost:3978 for local runs; App Service forwards to port 8080 of the container.
  { name: 'Urls', value: 'http://+:8080' }
  { name: 'WEBSITES_PORT', value: '8080' }
]
var tenantSettings = [for (tenant, i) in teamsAllowedTenants: { name: 'Teams__AllowedTenants__${i}', value: tenant }]
var coordinatorSettings = [for (id, i) in coordinatorObjectIds: { name: 'Roles__Coordinators__${i}', value: id }]
var staffSettings = [for (id, i) in staffObjectIds: { name: 'Roles__Staff__${i}', value: id }]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource connectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: connectionSecretName
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
  }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: postgresServerName
  location: location
  sku: { name: postgresSkuName, tier: postgresTier }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = {
  parent: postgres
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// 0.0.0.0 to 0.0.0.0 is Azure's notation for "services inside Azure" (the App Service); no public client can connect.
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet IntegrationBot.dll'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      appSettings: concat(baseSettings, tenantSettings, coordinatorSettings, staffSettings)
    }
  }
  dependsOn: [
    identityReadsSecrets
    database
    allowAzureServices
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Web Chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

@description('Microsoft App ID of the bot (the managed identity\'s client id): MICROSOFT_APP_ID for deploymentTemplates/teams/package.sh.')
output botAppId string = identity.properties.clientId

@description('Host name of the bot: BOT_DOMAIN for package.sh.')
output botHostName string = webApp.properties.defaultHostName

@description('The messaging endpoint registered with the Azure Bot.')
output messagingEndpoint string = 'https://${webApp.properties.defaultHostName}/api/messages'

output webAppName string = webApp.name
output botName string = bot.name
output keyVaultName string = vault.name
output postgresServerName string = postgres.name
