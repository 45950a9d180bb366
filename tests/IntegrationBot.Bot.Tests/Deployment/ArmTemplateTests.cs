using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IntegrationBot.Bot.Tests.Deployment;

/// <summary>
/// deploymentTemplates/azure/main.json is compiled by hand from main.bicep (no bicep CLI here), so these checks stand in
/// for the compiler: it parses, declares what it uses, deploys the expected resources and agrees with the Bicep file.
/// </summary>
public sealed partial class ArmTemplateTests
{
    private static readonly string Folder = RepositoryFolder.Path("deploymentTemplates", "azure");
    private static readonly JsonObject Template = Load("main.json");
    private static readonly string Text = File.ReadAllText(Path.Combine(Folder, "main.json"));

    [Fact]
    public void Template_deploys_the_bot_its_channels_app_service_database_vault_and_identity()
    {
        var types = Resources().Select(r => r["type"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "Microsoft.Authorization/roleAssignments",
                "Microsoft.BotService/botServices",
                "Microsoft.BotService/botServices/channels",
                "Microsoft.DBforPostgreSQL/flexibleServers",
                "Microsoft.DBforPostgreSQL/flexibleServers/databases",
                "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules",
                "Microsoft.KeyVault/vaults",
                "Microsoft.KeyVault/vaults/secrets",
                "Microsoft.ManagedIdentity/userAssignedIdentities",
                "Microsoft.Web/serverfarms",
                "Microsoft.Web/sites",
            ],
            types);
        Assert.StartsWith("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json", Template["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_referenced_parameter_and_variable_is_declared_and_every_parameter_is_used()
    {
        var parameters = Template["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        var variables = Template["variables"]!.AsObject().Where(v => v.Key != "copy").Select(v => v.Key)
            .Concat(Template["variables"]!["copy"]!.AsArray().Select(c => c!["name"]!.GetValue<string>())).ToHashSet();

        var usedParameters = ParameterReference().Matches(Text).Select(m => m.Groups[1].Value).ToHashSet();
        var usedVariables = VariableReference().Matches(Text).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Subset(parameters, usedParameters);
        Assert.Subset(variables, usedVariables);
        Assert.Equal(parameters.Order(), usedParameters.Order());
    }

    [Fact]
    public void Every_dependency_names_a_resource_type_of_the_template()
    {
        var types = Resources().Select(r => r["type"]!.GetValue<string>()).ToHashSet();
        var dependencies = Resources().SelectMany(r => r["dependsOn"]?.AsArray() ?? []).Select(d => d!.GetValue<string>()).ToList();

        Assert.NotEmpty(dependencies);
        Assert.All(dependencies, d => Assert.Contains(types, t => d.Contains($"'{t}'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_as_the_managed_identity_with_postgres_from_key_vault()
    {
        var site = Resource("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;
        var settings = config["appSettings"]!.GetValue<string>();

        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("UserAssigned", site["identity"]!["type"]!.GetValue<string>());
        Assert.True(Resource("Microsoft.Web/serverfarms")["properties"]!["reserved"]!.GetValue<bool>());
        foreach (var name in new[] { "'MicrosoftAppType', 'value', 'UserAssignedMSI'", "'MicrosoftAppId'", "'MicrosoftAppTenantId'", "'Storage__Provider', 'value', 'Postgres'", "'Storage__Postgres__ConnectionString'", "@Microsoft.KeyVault(SecretUri=" })
            Assert.Contains(name, settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_points_at_the_web_apps_messages_endpoint_with_teams_and_direct_line()
    {
        var bot = Resource("Microsoft.BotService/botServices");
        var channels = Resources().Where(r => r["type"]!.GetValue<string>() == "Microsoft.BotService/botServices/channels")
            .Select(r => r["properties"]!["channelName"]!.GetValue<string>());

        Assert.Contains("/api/messages", bot["properties"]!["endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UserAssignedMSI", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outputs_give_what_the_teams_package_and_the_publish_step_need()
    {
        var outputs = Template["outputs"]!.AsObject().Select(o => o.Key);

        Assert.Subset(outputs.ToHashSet(), new HashSet<string> { "botAppId", "botHostName", "messagingEndpoint", "webAppName" });
    }

    [Fact]
    public void Bicep_and_json_declare_the_same_parameters_outputs_and_resource_types()
    {
        var bicep = File.ReadAllText(Path.Combine(Folder, "main.bicep"));

        Assert.Equal(Template["parameters"]!.AsObject().Select(p => p.Key).Order(), BicepParameter().Matches(bicep).Select(m => m.Groups[1].Value).Order());
        Assert.Equal(Template["outputs"]!.AsObject().Select(p => p.Key).Order(), BicepOutput().Matches(bicep).Select(m => m.Groups[1].Value).Order());
        Assert.Equal(
            Resources().Select(r => $"{r["type"]!.GetValue<string>()}@{r["apiVersion"]!.GetValue<string>()}").Order(),
            BicepResource().Matches(bicep).Select(m => m.Groups[1].Value).Order());
    }

    [Fact]
    public void Example_parameters_exist_in_the_template_and_leave_the_password_to_the_command_line()
    {
        var example = Load("main.parameters.example.json")["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        var declared = Template["parameters"]!.AsObject();

        Assert.Subset(declared.Select(p => p.Key).ToHashSet(), example);
        Assert.DoesNotContain("postgresAdminPassword", example);
        Assert.Equal("securestring", declared["postgresAdminPassword"]!["type"]!.GetValue<string>());
    }

    private static IEnumerable<JsonNode> Resources() => Template["resources"]!.AsArray().Select(r => r!);

    private static JsonNode Resource(string type) => Assert.Single(Resources(), r => r["type"]!.GetValue<string>() == type);

    private static JsonObject Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, file)))!.AsObject();

    [GeneratedRegex(@"parameters\('([A-Za-z0-9]+)'\)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"variables\('([A-Za-z0-9]+)'\)")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^param (\w+) ", RegexOptions.Multiline)]
    private static partial Regex BicepParameter();

    [GeneratedRegex(@"^output (\w+) ", RegexOptions.Multiline)]
    private static partial Regex BicepOutput();

    [GeneratedRegex(@"^resource \w+ '([^']+)'", RegexOptions.Multiline)]
    private static partial Regex BicepResource();
}
