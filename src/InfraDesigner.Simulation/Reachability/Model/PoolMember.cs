using System.Net;

namespace InfraDesigner.Simulation.Reachability.Model;

public sealed record PoolMember(IPAddress Address, int Port, bool Healthy = true);
