using InfraDesigner.Domain.Lessons.Checks;

namespace InfraDesigner.Simulation.Exercises;

/// <summary>One check of an exercise against a design: whether it holds, and what decided it ("denied at fw-ab by rule 3").</summary>
public sealed record CheckResult(ExerciseCheck Check, bool Holds, string Summary);
