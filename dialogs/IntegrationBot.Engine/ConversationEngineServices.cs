using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Interruptions;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Middleware;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Engine.Running;
using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Engine;

/// <summary>Registers the conversation engine: turn pipeline and middleware, dialog runner, prompts, interruptions.</summary>
public static class ConversationEngineServices
{
    /// <summary>Adds a feature's resource family (resx files of marker type <typeparamref name="TStrings"/>) to the bot's texts.</summary>
    public static IServiceCollection AddBotTexts<TStrings>(this IServiceCollection services) =>
        services.AddSingleton(sp => new BotTextSource(sp.GetRequiredService<IStringLocalizer<TStrings>>()));

    /// <summary>
    /// Adds the engine. <typeparamref name="TAppStrings"/> is the application's resource marker: its texts come first,
    /// the engine's own texts fill in. Options come from <see cref="EngineOptions"/> (bind them in the host).
    /// </summary>
    public static IServiceCollection AddConversationEngine<TAppStrings>(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddOptions<EngineOptions>();
        services.AddBotTexts<TAppStrings>();
        services.AddSingleton<IBotTexts, BotTexts>();
        services.AddSingleton<IPromptRecognizers, RecognizerAdapter>();

        // Middleware run in this order. Logging and the error handler wrap everything else so that a failure anywhere,
        // even in de-duplication against a database that is down, is logged once and answered with an apology.
        services.AddSingleton<ITurnMiddleware, TurnLoggingMiddleware>();
        services.AddSingleton<ITurnMiddleware, ErrorHandlingMiddleware>();
        services.AddSingleton<ITurnMiddleware, DeduplicationMiddleware>();
        services.AddSingleton<ITurnMiddleware, LocaleMiddleware>();
        services.AddSingleton<ITurnMiddleware, TypingMiddleware>();
        services.AddSingleton<TurnPipeline>();

        services.AddSingleton<IBot, DialogBot>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<DialogSet>();
        services.AddSingleton(sp => new DialogServices(
            sp.GetRequiredService<DialogSet>(),
            sp.GetRequiredService<IBotTexts>(),
            sp.GetRequiredService<IPromptRecognizers>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<EngineOptions>>().Value));

        services.AddSingleton<CommandLexicon>();
        services.AddSingleton<PersonalDataReport>();
        services.AddSingleton<InterruptionHandler>();
        services.AddSingleton<Dialog, LanguageDialog>();
        services.AddSingleton<Dialog, DeleteMyDataDialog>();

        services.AddSingleton<Dialog>(new TextPrompt());
        services.AddSingleton<Dialog>(new NumberPrompt());
        services.AddSingleton<Dialog>(new ConfirmPrompt());
        services.AddSingleton<Dialog>(new ChoicePrompt());
        services.AddSingleton<Dialog>(new DateTimePrompt());
        services.AddSingleton<Dialog>(new EmailPrompt());
        services.AddSingleton<Dialog>(new PhonePrompt());
        return services;
    }
}
