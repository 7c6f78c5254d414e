namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>One request answered by a member: when the answer left and how long the client waited for it.</summary>
public readonly record struct Response(double CompletedAtSeconds, double Seconds);
