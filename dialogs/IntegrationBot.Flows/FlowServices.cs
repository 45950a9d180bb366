using IntegrationBot.Engine;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Flows.Contacts;
using IntegrationBot.Flows.Menu;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows;

/// <summary>Registers the engine with the flows' texts, and every flow of the bot, one by one.</summary>
public static class FlowServices
{
    public static IServiceCollection AddIntegrationBotFlows(this IServiceCollection services)
    {
        services.AddConversationEngine<Strings>();
        services.AddSingleton<Dialog, MainMenuDialog>();

        // Features: each adds its texts, its dialogs and the menu entry it serves, e.g.
        // services.AddBotTexts<RegistrationStrings>(); services.AddSingleton<Dialog, RegistrationDialog>();
        // services.AddSingleton(new MenuFlow(MenuChoices.Register, RegistrationDialog.DialogId));
        services.AddContactFinder();
        services.AddSingleton(new MenuFlow(MenuChoices.Contact, ContactFinderDialog.DialogId));
        return services;
    }
}
