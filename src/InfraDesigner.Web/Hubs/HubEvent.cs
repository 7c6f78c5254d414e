using System.Text.Json;
using System.Text.Json.Serialization;
using InfraDesigner.Simulation.Progress;

namespace InfraDesigner.Web.Hubs;

/// <summary>
/// One item of a simulation hub stream: <c>{ "type": "progress", "progress": { engine, stage, done, total, message, fraction } }</c>
/// while the engine runs, then exactly one <c>{ "type": "result", "result": … }</c> whose result is the REST answer's JSON, as REST writes it.
/// </summary>
public sealed record HubEvent(
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SimulationProgress? Progress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Result)
{
    public const string ProgressType = "progress";
    public const string ResultType = "result";

    public static HubEvent Of(SimulationProgress progress) => new(ProgressType, progress, null);

    public static HubEvent Of<TAnswer>(TAnswer answer, JsonSerializerOptions json) => new(ResultType, null, JsonSerializer.SerializeToElement(answer, json));
}
