namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>A cable between two interfaces, named as device + interface.</summary>
public sealed record Link(string DeviceA, string InterfaceA, string DeviceB, string InterfaceB);
