using System.Diagnostics;
using IntegrationBot.Testing;

namespace IntegrationBot.Bot.Tests.Deployment;

/// <summary>Runs a command of the deployment tooling (node, bash) and captures what it printed.</summary>
public static class NodeScript
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    /// <summary>Skips (fails on CI) when node or the Teams folder's npm packages are missing.</summary>
    public static void RequireTeamsTooling()
    {
        if (FindOnPath("node") is null)
            Infrastructure.SkipUnlessCi("node is not installed (scripts/ensure-test-prereqs.sh installs it)");
        if (!Directory.Exists(RepositoryFolder.Path("deploymentTemplates", "teams", "node_modules", "@microsoft", "app-manifest")))
            Infrastructure.SkipUnlessCi("npm ci has not run in deploymentTemplates/teams (scripts/ensure-test-prereqs.sh runs it)");
    }

    public static async Task<Outcome> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + program);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Outcome(process.ExitCode, await output, await errors);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
