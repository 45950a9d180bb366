using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.DirectLine;

/// <summary>Embedded Direct Line 3.0 (REST + WebSocket) for Web Chat without Azure, at <c>/v3/directline</c>.</summary>
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";

    /// <summary>The headers directlinejs sends on every REST call; the CORS preflight must allow all four.</summary>
    private static readonly string[] ClientHeaders = ["authorization", "content-type", "x-ms-bot-agent", "x-requested-with"];

    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokens>();
        services.TryAddSingleton<IDirectLineConversationStore, MemoryConversationStore>();
        services.AddSingleton<DirectLineTurnRunner>();
        services.AddSingleton<DirectLineStreams>();
        services.AddSingleton<DirectLineApi>();
        services.AddHostedService<DirectLineSweeper>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (directLine.Value.AllowedOrigins.Count == 0)
                policy.AllowAnyOrigin();
            else
                policy.WithOrigins([.. directLine.Value.AllowedOrigins]);
            policy.WithHeaders(ClientHeaders).WithMethods(HttpMethods.Get, HttpMethods.Post).SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        return services;
    }

    /// <summary>Adds the WebSocket and CORS middleware (hence a <see cref="WebApplication"/>) and maps the routes.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();

        var directLine = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        directLine.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        directLine.MapPost("/tokens/refresh", TokenEndpoints.Refresh);
        directLine.MapPost("/conversations", ConversationEndpoints.StartAsync);
        directLine.MapGet("/conversations/{conversationId}", ConversationEndpoints.ReconnectAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.GetAsync);
        directLine.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.PostAsync);
        directLine.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.ConnectAsync);
        return app;
    }
}
