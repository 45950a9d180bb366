using IntegrationBot.Domain.Events;
using IntegrationBot.Engine;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Interruptions;
using IntegrationBot.Engine.Running;
using IntegrationBot.Flows.Contacts;
using IntegrationBot.Flows.Dates;
using IntegrationBot.Flows.Events;
using IntegrationBot.Flows.Ideas;
using IntegrationBot.Flows.Menu;
using IntegrationBot.Flows.Registration;
using IntegrationBot.Ideas;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows;

/// <summary>Registers the engine with the flows' texts, and every flow of the bot, one by one.</summary>
public static class FlowServices
{
    public static IServiceCollection AddIntegrationBotFlows(this IServiceCollection services)
    {
        services.AddConversationEngine<Strings>();
        services.AddSingleton<Dialog, MainMenuDialog>();
        services.AddSingleton(new MenuFlow(MenuChoices.Language, LanguageDialog.DialogId));

        // Features: each adds its texts, its dialogs and the menu entry it serves.
        // Registration and dates need IEventCatalog and IRegistrationStore (the host registers them by Storage:Provider).
        services.AddOptions<EventsOptions>();
        services.AddSingleton<EventQueries>();
        services.AddBotTexts<RegistrationStrings>();
        services.AddBotTexts<DatesStrings>();
        services.AddBotTexts<GlossaryStrings>();
        services.AddSingleton<Dialog, RegistrationDialog>();
        services.AddSingleton<Dialog, MyRegistrationsDialog>();
        services.AddSingleton<Dialog, UpcomingDatesDialog>();
        services.AddSingleton<IPersonalData, RegistrationPersonalData>();
        services.AddSingleton<RegistrationNotices>();
        services.AddSingleton<IMenuNotices>(sp => sp.GetRequiredService<RegistrationNotices>());
        services.AddSingleton(new MenuFlow(MenuChoices.Register, RegistrationDialog.DialogId));
        services.AddSingleton(new MenuFlow(MenuChoices.Dates, UpcomingDatesDialog.DialogId));
        services.AddContactFinder();
        services.AddSingleton(new MenuFlow(MenuChoices.Contact, ContactFinderDialog.DialogId));
        services.AddIdeas();
        services.AddIdeaFlow();
        services.AddSingleton(new MenuFlow(MenuChoices.Idea, IdeaDialog.DialogId));
        return services;
    }
}
