// Everything Upgrade Assistant needs in one resource group: the identity it signs in as, the Azure Bot
// that routes Teams and Microsoft 365 Copilot to it, the Linux App Service that runs it on Node 24, the
// storage account that keeps its state, and Application Insights for its telemetry.
// Deployed by the Microsoft 365 Agents Toolkit (`arm/deploy` in ../m365agents.yml) or by
// `az deployment group create` (see the README's "Deploy" section).

@minLength(4)
@maxLength(20)
@description('Lowercase letters and digits; every resource name starts with it, so it must be unique enough for a web app and a storage account.')
param resourceBaseName string

@maxLength(42)
@description('The name users see for the bot.')
param botDisplayName string = 'Upgrade Assistant'

@description('The App Service plan size. B1 is the smallest with Always On; P0v3 for production load.')
param appServicePlanSku string = 'B1'

@description('How many instances of the bot run: they share state and check-backs through the storage account.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('The Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Support leads, comma-separated as <channel id>:<user id>; empty for none.')
param supportAgentIds string = ''

@description('The OAuth connection name on the Azure Bot for "Check my tenant"; empty leaves the feature off.')
param oauthConnectionName string = ''

param location string = resourceGroup().location

// Storage account names: 3-24 lowercase letters and digits, unique across Azure.
var storageAccountName = take('${toLower(resourceBaseName)}state${uniqueString(resourceGroup().id)}', 24)
var stateContainerName = 'bot-state'
// The name the check-back queue's QUEUE_NAME defaults to (branch `queue`, bot/config.ts), and its poison queue.
var checkBackQueueName = 'upgrade-assistant-check-backs'

// The bot's identity: the Azure Bot names it as the app, and the web app runs as it, so no secret exists.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: resourceBaseName
  location: location
}

resource logWorkspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

// Application Insights: where the bot's events (botbuilder's and its own) and the bot's analytics land.
resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logWorkspace.id
  }
}

// State for every instance: conversations, triage cases, check-backs and export grants (STORAGE=blobs).
resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainerName
  properties: { publicAccess: 'None' }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

// The queue check-backs move to with the scale-out work (one message per booking, visible when it falls due);
// its connection string defaults to BLOB_CONNECTION_STRING, so no other setting is needed. Until that lands,
// check-backs live in the blob container and these queues stay empty.
resource checkBackQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: checkBackQueueName
}

resource checkBackPoisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: '${checkBackQueueName}-poison'
}

var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

resource appServicePlan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

// Every app setting below that is not a platform setting (WEBSITE_*, SCM_*) is a variable bot/config.ts
// reads: test/deploy/infra-settings.test.ts fails when one is not.
resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: appServicePlan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // The built bot, started without compiling (what `npm run start:prod` runs).
      appCommandLine: 'node --no-memory-reducer dist/bot/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // The package is built and its production dependencies installed before the zip deploy.
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'STORAGE', value: 'blobs' }
        { name: 'BLOB_CONNECTION_STRING', value: storageConnectionString }
        { name: 'BLOB_CONTAINER_NAME', value: stateContainer.name }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'SUPPORT_AGENT_IDS', value: supportAgentIds }
        { name: 'OAUTH_CONNECTION_NAME', value: oauthConnectionName }
        { name: 'LOG_FORMAT', value: 'json' }
        { name: 'LOG_LEVEL', value: 'info' }
      ]
    }
  }
}

// The Azure Bot: single tenant, signed in as the managed identity, pointing at the web app.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    // Azure Bot's analytics read the events the bot sends to this Application Insights resource.
    developerAppInsightKey: appInsights.properties.InstrumentationKey
    developerAppInsightsApplicationId: appInsights.properties.AppId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written to env/.env.<environment> by the toolkit; the app package and the deploy step read them.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output STORAGE_ACCOUNT_NAME string = storageAccount.name
