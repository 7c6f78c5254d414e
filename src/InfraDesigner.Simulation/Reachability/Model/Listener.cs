namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>A service listening on a device: "sap-gw" on tcp 3300.</summary>
public sealed record Listener(string Name, Protocol Protocol, int Port);
