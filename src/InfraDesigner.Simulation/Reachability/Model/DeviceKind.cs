namespace InfraDesigner.Simulation.Reachability.Model;

public enum DeviceKind
{
    Host,
    VirtualMachine,
    Switch,
    Router,
    L3Switch,
    Firewall,
    LoadBalancer,
    ReverseProxy,
    Nas,
}
