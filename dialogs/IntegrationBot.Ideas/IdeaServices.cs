using IntegrationBot.Ideas.Fields;
using IntegrationBot.Ideas.Similarity;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Ideas;

public static class IdeaServices
{
    /// <summary>
    /// The Handlungsfeld suggester and the similar-ideas search. The idea store is not registered here: the host picks
    /// it with the storage provider.
    /// </summary>
    public static IServiceCollection AddIdeas(this IServiceCollection services)
    {
        // The lexicon is parsed and indexed once; matcher and classifier are immutable and shared by all turns.
        services.AddSingleton(_ => ConceptMatcher.CreateDefault());
        services.AddSingleton<FieldClassifier>();
        services.AddSingleton<IFieldSuggester>(sp => sp.GetRequiredService<FieldClassifier>());
        // Transient, because it holds nothing itself and must not outlive a store the host may register as scoped.
        services.AddTransient<ISimilarIdeas, SimilarIdeaFinder>();
        return services;
    }
}
