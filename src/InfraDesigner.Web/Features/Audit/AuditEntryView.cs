using System.Text.Json.Serialization;
using InfraDesigner.Data.Entities;

namespace InfraDesigner.Web.Features.Audit;

/// <summary>One change-log line; <see cref="User"/> is null for the system.</summary>
public sealed record AuditEntryView(
    long Id, DateTimeOffset At, Guid TopologyId, string TopologyName, long? TopologyVersion,
    string? User, [property: JsonConverter(typeof(JsonStringEnumConverter<AuditAction>))] AuditAction Action, string? Item, string? Before, string? After);

/// <summary>A page of the log; <see cref="Next"/> is the <c>before</c> that gives the following page, null on the last.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryView> Entries, long? Next);
