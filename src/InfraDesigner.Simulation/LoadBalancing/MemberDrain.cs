namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>A planned removal: from <paramref name="AtSeconds"/> the member takes no new requests and finishes the ones it has.</summary>
public sealed record MemberDrain(string Member, double AtSeconds);
