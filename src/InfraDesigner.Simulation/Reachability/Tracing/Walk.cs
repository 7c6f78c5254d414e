using InfraDesigner.Simulation.Reachability.Compiled;

namespace InfraDesigner.Simulation.Reachability.Tracing;

/// <summary>The state of one path being walked; cloned where the path forks (ECMP, pool members).</summary>
internal sealed class Walk
{
    private Walk(Walk? request, Packet original, string? share)
    {
        Request = request;
        Original = original;
        Share = share;
    }

    /// <summary>For a reply walk, the request walk it answers (its NATs to undo, its firewalls that hold state).</summary>
    public Walk? Request { get; }

    public bool IsReply => Request is not null;

    public Packet Original { get; }

    public string? Share { get; }

    public List<Hop> Hops { get; private init; } = [];

    /// <summary>(device, source, destination) seen on this path: the same packet at the same device twice is a loop.</summary>
    public HashSet<(int, uint, uint)> Visited { get; private init; } = [];

    public List<NatRecord> Nats { get; private init; } = [];

    public List<Crossing> Crossings { get; private init; } = [];

    public HashSet<int> Firewalls { get; private init; } = [];

    /// <summary>Set by a skeleton walk that reached a load balancer or share: its outcome depends on the port, so it needs a full trace.</summary>
    public bool PortDependent { get; set; }

    public static Walk ForRequest(Packet packet, string? share) => new(null, packet, share);

    public static Walk ForReply(Walk request) => new(request, request.Original.Reversed(), null);

    public Walk Clone() => new(Request, Original, Share)
    {
        PortDependent = PortDependent,
        Hops = [.. Hops],
        Visited = [.. Visited],
        Nats = [.. Nats],
        Crossings = [.. Crossings],
        Firewalls = [.. Firewalls],
    };
}
