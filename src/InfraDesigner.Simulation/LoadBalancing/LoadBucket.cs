namespace InfraDesigner.Simulation.LoadBalancing;

/// <summary>
/// One time bucket, per member in pool order: the requests routed to it, and the mean response time in ms of the
/// requests it answered in the bucket (null when it answered none, as while it is down).
/// </summary>
public sealed record LoadBucket(double StartSeconds, IReadOnlyList<int> RequestsPerMember, IReadOnlyList<double?> MeanResponseMsPerMember);
