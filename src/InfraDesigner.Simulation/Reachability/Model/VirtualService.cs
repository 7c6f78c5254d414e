using System.Net;

namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>
/// Destination NAT on a load balancer VIP or a reverse proxy: traffic to Address:Port is sent to each healthy member.
/// With <see cref="SourceNat"/> the device also puts its own address as the source, so replies come back through it.
/// </summary>
public sealed record VirtualService(string Name, IPAddress Address, int Port, Protocol Protocol, IReadOnlyList<PoolMember> Members, bool SourceNat = true);
