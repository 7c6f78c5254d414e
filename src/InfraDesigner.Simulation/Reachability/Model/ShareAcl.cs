using System.Net;

namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>A NAS share served on a port, opened only to the listed client networks (a VM's IP is a /32).</summary>
public sealed record ShareAcl(string Name, int Port, IReadOnlyList<IPNetwork> AllowedClients);
