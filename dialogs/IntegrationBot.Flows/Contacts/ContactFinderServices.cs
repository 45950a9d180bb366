using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Contacts.Topics;
using IntegrationBot.Engine;
using IntegrationBot.Engine.Dialogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Flows.Contacts;

public static class ContactFinderServices
{
    /// <summary>
    /// The contact finder's texts, classifier and dialog. The directory and the counters default to memory (seeded
    /// from the shipped data); a host with a database registers its own before this, or replaces them.
    /// </summary>
    public static IServiceCollection AddContactFinder(this IServiceCollection services)
    {
        services.AddBotTexts<ContactStrings>();
        services.TryAddSingleton(_ => TopicClassifier.CreateDefault());
        services.TryAddSingleton(new ClassifierThresholds());
        services.TryAddSingleton<IContactDirectory>(_ => new MemoryContactDirectory(DirectorySeed.LoadEmbedded()));
        services.TryAddSingleton<IContactFinderStats, MemoryContactFinderStats>();
        services.AddSingleton<Dialog, ContactFinderDialog>();
        return services;
    }
}
