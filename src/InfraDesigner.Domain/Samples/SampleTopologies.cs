namespace InfraDesigner.Domain.Samples;

/// <summary>
/// The built-in samples, one per worked question of DOMAIN.md, with exactly its sample and element names.
/// They are also the engines' test fixtures.
/// </summary>
public static partial class SampleTopologies
{
    // A getter, not an initialiser: the samples are initialised in other parts of this class.
    public static IReadOnlyList<SampleTopology> All =>
    [
        ZonesFirewall,
        ZonesEai,
        Vlans,
        WebLb,
        NasShare,
        ClusterCapacity,
        LiveMigration,
    ];

    public static SampleTopology? Find(string name) => All.FirstOrDefault(sample => sample.Name == name);

    public static SampleTopology Get(string name) =>
        Find(name) ?? throw new ArgumentException($"No sample named '{name}'. Samples: {string.Join(", ", All.Select(sample => sample.Name))}.", nameof(name));
}
