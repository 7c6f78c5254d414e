using System.Text.RegularExpressions;
using InfraDesigner.Domain.Compute;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Storage;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>The one or two short facts a node shows under its name (address, VLAN, size, rules ...).</summary>
public static partial class ElementFacts
{
    /// <summary>Width of a node's box taken by its border, padding, icon and gap (.el-node in app.css); the rest is for the text.</summary>
    public const double NodeChrome = 47;

    /// <summary>The smallest font size (px) a full fact is drawn at; below it an address gives up its prefix length.</summary>
    private const double ReadableFontSize = 9;

    /// <summary>Width of a character of the monospace facts font, in ems.</summary>
    private const double MonoCharWidth = 0.61;

    /// <summary>
    /// The fact as a node of this width shows it: whole when it fits at a readable size, else with addresses
    /// without their prefix length (10.120.240.250 for 10.120.240.250/16). The node's CSS then sizes the text to fit.
    /// </summary>
    public static string Fitted(string fact, double nodeWidth) =>
        fact.Length * MonoCharWidth * ReadableFontSize <= nodeWidth - NodeChrome ? fact : PrefixLength().Replace(fact, "");

    [GeneratedRegex(@"(?<=\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})/\d{1,2}\b")]
    private static partial Regex PrefixLength();

    public static IReadOnlyList<string> Of(Element element)
    {
        var facts = new List<string>(2);
        if (element is LoadBalancer lb) facts.Add($"VIP {lb.Vip}:{lb.Port}");
        else if (element.Interfaces.FirstOrDefault(i => i.Address is not null)?.Address is { } address) facts.Add(address.ToString());
        var vlans = element.Interfaces.Select(VlanColours.VlanOf).OfType<int>().Distinct().Order().ToList();
        var second = element switch
        {
            // The host a VM runs on is the frame it is drawn in.
            VirtualMachine vm => $"{vm.VCpu} vCPU · {vm.RamGb:0.#} GB",
            PhysicalHost host => $"{host.Cores} cores · {host.RamGb:0.#} GB",
            Cluster cluster => Counted(cluster.Hosts.Count, "host"),
            Firewall fw => $"{Counted(fw.Rules.Count, "rule")} · default {fw.DefaultAction.ToString().ToLowerInvariant()}",
            LoadBalancer balancer => Counted(balancer.Members.Count, "pool member"),
            StorageSystem storage => $"{Counted(storage.Shares.Count, "share")} · {storage.Type}",
            Switch => vlans.Count > 0 ? $"VLAN {string.Join(", ", vlans)}" : Counted(element.Interfaces.Count, "port"),
            _ => element.Services.Count > 0 ? string.Join(", ", element.Services.Select(s => $"{s.Protocol.ToString().ToLowerInvariant()}/{s.Port}")) : null,
        };
        if (element is not Switch && vlans.Count > 0 && facts.Count == 0) facts.Add($"VLAN {string.Join(", ", vlans)}");
        if (second is not null) facts.Add(second);
        return facts;
    }

    /// <summary>"1 host", "3 hosts".</summary>
    private static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
