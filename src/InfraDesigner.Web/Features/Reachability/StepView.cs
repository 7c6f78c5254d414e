using System.Text.Json.Serialization;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>One typed step of a hop: <see cref="Type"/> says which fields are set; <see cref="Text"/> reads as a sentence.</summary>
public sealed record StepView(string Type, string Text)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Interface { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Vlan { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RuleView? Rule { get; init; }

    /// <summary>For NAT: the packet before and after the translation.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Before { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? After { get; init; }

    public static StepView Of(Step step) => step switch
    {
        EnterInterfaceStep s => new("enter-interface", $"in {s.Interface}{VlanText(s.Vlan)}") { Interface = s.Interface, Vlan = s.Vlan },
        ExitInterfaceStep s => new("exit-interface", $"out {s.Interface}{VlanText(s.Vlan)}") { Interface = s.Interface, Vlan = s.Vlan },
        L2ForwardStep s => new("l2-forward", $"switched in VLAN {s.Vlan}") { Vlan = s.Vlan },
        RoutingStep s => new("routing", $"route {s.Prefix} ({s.Kind.ToString().ToLowerInvariant()}){(s.NextHop is null ? "" : " via " + s.NextHop)} out {s.OutInterface}") { Interface = s.OutInterface },
        FilterStep s => new("filter", s.Rule.ToString()) { Rule = RuleView.Of(s.Rule) },
        NatStep s => new("nat", $"{s.Kind.ToString().ToLowerInvariant()} NAT {s.Before} => {s.After}") { Before = s.Before, After = s.After },
        LoadBalancerChoiceStep s => new("load-balancer", $"{s.Service} sends it to {s.Member} (healthy: {string.Join(", ", s.HealthyMembers)})"),
        ShareAclStep s => new("share-acl", $"share {s.Share} {(s.Allowed ? "admits" : "refuses")} {s.Client}"),
        DeliveredStep s => new("delivered", s.Listener is null ? $"delivered to {s.Device}" : $"delivered to {s.Listener} on {s.Device} ({s.Protocol.ToString().ToLowerInvariant()} {s.Port})"),
        _ => new("other", step.ToString()),
    };

    private static string VlanText(int? vlan) => vlan is { } v ? $" (VLAN {v})" : "";
}
