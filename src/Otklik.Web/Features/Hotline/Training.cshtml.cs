using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;
using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Hotline;

public sealed class TrainingModel(OtklikDbContext db, OperatorTraining training) : PageModel
{
    public IReadOnlyList<OperatorStanding> Operators { get; private set; } = [];

    public IReadOnlyList<TrainingTopic> Topics { get; private set; } = [];

    public bool MayRecord => OperatorTraining.MayRecord(User);

    public async Task OnGetAsync()
    {
        Operators = await training.StandingsAsync();
        Topics = await db.TrainingTopics.AsNoTracking().OrderByDescending(t => t.IntroducedOn).ToListAsync();
    }

    public Task<IActionResult> OnPostRecordAsync(
        int employeeId, TrainingKind kind, int? topicId, string? subject, DateOnly? completedOn) =>
        ActAsync(async () => (await training.RecordAsync(employeeId, kind, topicId, subject, completedOn, User)).Error,
            "Обучение записано.");

    public Task<IActionResult> OnPostTopicAsync(string? title, DateOnly? introducedOn) =>
        ActAsync(async () => (await training.AddTopicAsync(title, introducedOn, User)).Error,
            "Новая услуга добавлена: операторов, не обученных ей, видно в списке.");

    private async Task<IActionResult> ActAsync(Func<Task<Error?>> act, string done)
    {
        if (await act() is { } error)
        {
            if (error.Status == StatusCodes.Status403Forbidden)
            {
                return Forbid();
            }

            ModelState.AddError(error);
            await OnGetAsync();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Flash.Put(TempData, done);
        return Redirect("/hotline/training");
    }
}
