using InfraDesigner.Data.Documents;
using InfraDesigner.Domain;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// A topology seen as the items the store keeps (elements, links, zones, VLANs, templates, NAT rules),
/// each under the same key <see cref="DocumentLayout.KeyOf"/> gives its JSON.
/// </summary>
public static class TopologyItems
{
    public static ItemKey KeyOf(object item) => item switch
    {
        Element element => new("elements", element.Name),
        Link link => new("links", LinkKey(link)),
        NetworkZone zone => new("zones", zone.Name),
        Vlan vlan => new("vlans", vlan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        VmTemplate template => new("templates", template.Name),
        NatRule rule => new("natRules", rule.Name),
        Intent intent => new("intents", intent.Name),
        _ => throw new ArgumentException($"{item.GetType().Name} is not an item of a topology.", nameof(item)),
    };

    /// <summary>How the user knows the item: an element by its name, others by their kind and key ("Zone dmz", "Link a/eth0 – b/eth0").</summary>
    public static string Describe(ItemKey key) => key.Collection switch
    {
        "elements" => key.Key,
        "links" => $"Link {key.Key.Replace("|", " – ", StringComparison.Ordinal)}",
        "zones" => $"Zone {key.Key}",
        "vlans" => $"VLAN {key.Key}",
        "templates" => $"Template {key.Key}",
        "natRules" => $"NAT rule {key.Key}",
        "intents" => $"Intent {key.Key}",
        _ => key.ToString(),
    };

    /// <summary>Whether <paramref name="item"/> is <paramref name="original"/> under another name, and in nothing else.</summary>
    public static bool IsRenamed(object original, object item) => (original, item) switch
    {
        (Element a, Element b) => a.Name != b.Name && Equals(b with { Name = a.Name }, a),
        (NetworkZone a, NetworkZone b) => a.Name != b.Name && Equals(b with { Name = a.Name }, a),
        _ => false,
    };

    public static IEnumerable<object> All(Topology topology) =>
        topology.Zones.Cast<object>().Concat(topology.Vlans).Concat(topology.Templates)
            .Concat(topology.Elements).Concat(topology.Links).Concat(topology.NatRules).Concat(topology.Intents);

    public static Dictionary<ItemKey, object> Index(Topology topology) => All(topology).ToDictionary(KeyOf);

    /// <summary>The items that differ between two topologies, with their values before and after (null: absent).</summary>
    public static IReadOnlyList<ItemPatch> Diff(Topology before, Topology after)
    {
        if (ReferenceEquals(before, after)) return [];
        var old = Index(before);
        var patches = new List<ItemPatch>();
        foreach (var item in All(after))
        {
            var key = KeyOf(item);
            if (old.Remove(key, out var previous))
            {
                if (!Equals(previous, item)) patches.Add(new ItemPatch(key, previous, item));
            }
            else
            {
                patches.Add(new ItemPatch(key, null, item));
            }
        }
        patches.AddRange(old.Select(removed => new ItemPatch(removed.Key, removed.Value, null)));
        return patches;
    }

    /// <summary>The topology with the item under <paramref name="key"/> replaced, added (in place of nothing) or removed (null).</summary>
    public static Topology With(Topology topology, ItemKey key, object? item) => key.Collection switch
    {
        "elements" => topology with { Elements = Put(topology.Elements, key, (Element?)item) },
        "links" => topology with { Links = Put(topology.Links, key, (Link?)item) },
        "zones" => topology with { Zones = Put(topology.Zones, key, (NetworkZone?)item) },
        "vlans" => topology with { Vlans = Put(topology.Vlans, key, (Vlan?)item) },
        "templates" => topology with { Templates = Put(topology.Templates, key, (VmTemplate?)item) },
        "natRules" => topology with { NatRules = Put(topology.NatRules, key, (NatRule?)item) },
        "intents" => topology with { Intents = Put(topology.Intents, key, (Intent?)item) },
        _ => throw new ArgumentException($"{key.Collection} is not a collection of a topology.", nameof(key)),
    };

    /// <summary>Applies patches taking each item to its <see cref="ItemPatch.After"/> value.</summary>
    public static Topology Apply(Topology topology, IEnumerable<ItemPatch> patches) =>
        patches.Aggregate(topology, (current, patch) => With(current, patch.Key, patch.After));

    private static EquatableArray<T> Put<T>(EquatableArray<T> items, ItemKey key, T? item) where T : class
    {
        for (var index = 0; index < items.Count; index++)
        {
            if (KeyOf(items[index]) == key)
            {
                return item is null ? items.RemoveAt(index) : items.SetItem(index, item);
            }
        }
        return item is null ? items : items.Add(item);
    }

    private static string LinkKey(Link link)
    {
        var a = $"{link.A.Element}/{link.A.Interface}";
        var b = $"{link.B.Element}/{link.B.Interface}";
        return string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";
    }
}
