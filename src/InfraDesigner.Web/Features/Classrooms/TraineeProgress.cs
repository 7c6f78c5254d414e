using InfraDesigner.Data.Store;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Simulation.Exercises;
using InfraDesigner.Web.Features.Lessons;
using InfraDesigner.Web.Features.Topologies;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>One trainee on the trainer's board: their copy graded as stored now.</summary>
public sealed record TraineeProgress(Guid SeatId, string Name, Guid TopologyId, DateTimeOffset JoinedAt, int Percent, bool Passed, IReadOnlyList<CheckView> Checks, string? Note)
{
    /// <summary>Grades the seat's copy; a copy its trainee deleted shows with no check holding.</summary>
    public static async Task<TraineeProgress> GradeAsync(TopologyModels models, Lesson lesson, StoredTrainee seat, Language language, CancellationToken cancellationToken)
    {
        var opened = await models.OpenAsync(seat.TopologyId, cancellationToken);
        // Off the caller's thread: the board's circuit grades every trainee on its one dispatcher, and 40 edits at once
        // would otherwise grade one after another there.
        var grade = opened is null ? new ExerciseGrade([]) : await Task.Run(() => ExerciseGrader.Grade(opened.Topology, lesson, cancellationToken), cancellationToken);
        var view = ExerciseView.Of(lesson, grade, language);
        return new(seat.Id, seat.DisplayName, seat.TopologyId, seat.JoinedAt, opened is null ? 0 : view.Percent, opened is not null && view.Passed, view.Checks, seat.Note);
    }
}
