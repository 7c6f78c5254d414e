namespace InfraDesigner.Simulation.Reachability.Model;

/// <summary>How a switch interface carries VLANs: one access VLAN, or a trunk of tagged VLANs plus an untagged native one.</summary>
public abstract record SwitchPort;
