using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace IntegrationBot.TextAnalytics;

/// <summary>
/// Start-up checks of both sections: the data annotations (this library has no ASP.NET, so no
/// ValidateDataAnnotations) of the options and their Resilience part, and endpoint + key when Azure is chosen.
/// </summary>
internal sealed class TextServiceOptionsValidation : IValidateOptions<TextAnalyticsOptions>, IValidateOptions<TranslatorOptions>
{
    public ValidateOptionsResult Validate(string? name, TextAnalyticsOptions options)
    {
        var errors = Annotations(options, TextAnalyticsOptions.SectionName)
            .Concat(Annotations(options.Resilience, $"{TextAnalyticsOptions.SectionName}:Resilience"))
            .ToList();
        if (options.Provider == TextAnalyticsProvider.Azure)
        {
            if (options.Endpoint is not { IsAbsoluteUri: true })
                errors.Add("TextAnalytics:Endpoint must be an absolute URI when TextAnalytics:Provider is Azure.");
            if (string.IsNullOrWhiteSpace(options.Key))
                errors.Add("TextAnalytics:Key is required when TextAnalytics:Provider is Azure.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public ValidateOptionsResult Validate(string? name, TranslatorOptions options)
    {
        var errors = Annotations(options, TranslatorOptions.SectionName)
            .Concat(Annotations(options.Resilience, $"{TranslatorOptions.SectionName}:Resilience"))
            .ToList();
        if (options.Provider == TranslatorProvider.Azure)
        {
            if (options.Endpoint is not { IsAbsoluteUri: true })
                errors.Add("Translator:Endpoint must be an absolute URI when Translator:Provider is Azure.");
            if (string.IsNullOrWhiteSpace(options.Key))
                errors.Add("Translator:Key is required when Translator:Provider is Azure.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> Annotations(object options, string section)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(result => $"{section}: {result.ErrorMessage}");
    }
}
