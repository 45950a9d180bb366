using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas.Fields;
using IntegrationBot.Ideas.Similarity;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Ideas.Tests;

public sealed class IdeaServicesTests
{
    [Fact]
    public void AddIdeas_provides_the_suggester_and_the_similar_ideas_search_over_the_hosts_store()
    {
        var services = new ServiceCollection()
            .AddSingleton<IIdeaStore>(new MemoryIdeaStore(TimeProvider.System, new BookingCodes()))
            .AddIdeas();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.IsType<FieldClassifier>(provider.GetRequiredService<IFieldSuggester>());
        Assert.Same(provider.GetRequiredService<IFieldSuggester>(), provider.GetRequiredService<IFieldSuggester>());
        Assert.IsType<SimilarIdeaFinder>(provider.GetRequiredService<ISimilarIdeas>());
    }

    [Fact]
    public void AddIdeas_does_not_register_a_store() =>
        Assert.DoesNotContain(new ServiceCollection().AddIdeas(), d => d.ServiceType == typeof(IIdeaStore));
}
