using System.Globalization;

namespace IntegrationBot.Storage.Migrations;

/// <summary>One versioned schema script; <see cref="Version"/> is the number its file name starts with.</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Reads the embedded <c>Migrations/&lt;Provider&gt;/NNNN_name.sql</c> scripts. A later feature adds its tables by
/// adding the next numbered file for each provider; applied scripts are never edited.
/// </summary>
public static class MigrationScripts
{
    public static IReadOnlyList<Migration> For(string provider)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"migrations/{provider}/";
        var scripts = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var name = resource[prefix.Length..^".sql".Length];
            var separator = name.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || !int.TryParse(name.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
                throw new InvalidOperationException($"Migration '{resource}' must be named NNNN_description.sql with NNNN > 0.");
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            scripts.Add(new Migration(version, name, reader.ReadToEnd()));
        }
        scripts.Sort(static (a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
                throw new InvalidOperationException($"Two {provider} migrations share version {scripts[i].Version}.");
        }
        return scripts;
    }
}
