using System.Text.Json.Nodes;

namespace InfraDesigner.Domain.Documents;

/// <summary>
/// Brings an old document up to date one version at a time, so files written by any earlier release
/// keep loading. Version 1 is the first format, so the built-in chain is empty until version 2 exists.
/// </summary>
public sealed class DocumentUpgrader(IEnumerable<IDocumentUpgrade> upgrades)
{
    private readonly Dictionary<int, IDocumentUpgrade> byVersion = upgrades.ToDictionary(upgrade => upgrade.FromVersion);

    public static DocumentUpgrader Default { get; } = new([]);

    /// <summary>True when there is an upgrade for every version from <paramref name="fromVersion"/> up to <paramref name="toVersion"/>.</summary>
    public bool CanUpgrade(int fromVersion, int toVersion) =>
        Enumerable.Range(fromVersion, Math.Max(0, toVersion - fromVersion)).All(byVersion.ContainsKey);

    /// <summary>Applies the upgrades from <paramref name="fromVersion"/> to <paramref name="toVersion"/> and stamps the new version.</summary>
    public void Upgrade(JsonObject document, int fromVersion, int toVersion)
    {
        for (var version = fromVersion; version < toVersion; version++)
        {
            if (!byVersion.TryGetValue(version, out var upgrade))
            {
                throw new InvalidOperationException($"No upgrade from formatVersion {version} to {version + 1}.");
            }
            upgrade.Upgrade(document);
            document["formatVersion"] = version + 1;
        }
    }
}
