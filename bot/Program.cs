using IntegrationBot.Flows;
using IntegrationBot.Host.Auth;
using IntegrationBot.Host.Composition;
using IntegrationBot.Host.Connector;
using IntegrationBot.Host.ContactDirectory;
using IntegrationBot.Host.Coordinator;
using IntegrationBot.Host.DirectLine;
using IntegrationBot.Host.Events;
using IntegrationBot.Host.Health;
using IntegrationBot.Host.Ideas;
using IntegrationBot.Host.Messages;
using IntegrationBot.Host.Privacy;
using IntegrationBot.Host.Proactive;
using IntegrationBot.Host.Registrations;
using IntegrationBot.Host.Roles;
using IntegrationBot.Host.Storage;
using IntegrationBot.Host.Teams;
using IntegrationBot.Host.WebChat;
using IntegrationBot.TextAnalytics;

// The root appsettings.json is copied next to the binary; making that folder the content root lets
// `dotnet run --project bot`, the tests and a published folder all read the same file.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

// Configure errors: problem details without stack traces, whatever the environment
builder.Services.AddProblemDetails();

// Configure storage (SQLite by default, PostgreSQL by Storage:Provider)
builder.Services.AddBotStorage(builder.Configuration);
builder.Services.AddContactDirectory(builder.Configuration);

// Configure the conversation engine and the flows
builder.Services.AddConversationEngine(builder.Configuration);
builder.Services.AddIntegrationBotFlows();

// Configure Microsoft Teams: tenant allow-list, install greeting, conversation references, card actions, mentions
builder.Services.AddTeams(builder.Configuration);

// Configure roles: staff and coordinators by Entra object id
builder.Services.AddUserRoles(builder.Configuration);

// Configure events: catalogue seeding, calendar files, the coordinator API key
builder.Services.AddBotEvents();

// Configure channels: Bot Framework authentication, the Connector client, embedded Direct Line
builder.Services.AddBotAuthentication(builder.Configuration);
builder.Services.AddConnectorClient(builder.Configuration);
builder.Services.AddBotMessages(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);

// Configure ideas: text analytics (offline or Azure), translation (none or Azure), and the background job that
// completes stored ideas (they wait, stored, while a service is down)
builder.Services.AddTextAnalytics(builder.Configuration);
builder.Services.AddIdeaProcessing();

// Configure proactive messages to stored conversation references (paced, disabled when the bot is removed or blocked)
builder.Services.AddProactiveMessages();

// Configure registration follow-ups: waitlist promotions told proactively, reminders, capacity alerts to coordinators
builder.Services.AddRegistrationFollowUps();

// Configure coordinator access (one API key for every coordinator API)
builder.Services.AddCoordinatorAccess();

// Configure the privacy page the consent questions link to
builder.Services.AddPrivacyPage();

// Configure health checks
builder.Services.AddBotHealthChecks();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapWebChat();
app.MapBotMessages();
app.MapDirectLine();
app.MapEvents();
app.MapDirectory();
app.MapPrivacyPage();
app.MapIdeas();
app.MapBotHealth();

app.Run();

/// <summary>Entry point; public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
