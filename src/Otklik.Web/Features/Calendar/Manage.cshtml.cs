using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Organisation;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Calendar;

[Authorize(Policy = Policies.Administrator)]
public sealed class ManageModel(OtklikDbContext db, CalendarAdminService admin) : PageModel
{
    private const long MaxFileBytes = 1024 * 1024;

    public IReadOnlyList<StoredCalendarYear> Years { get; private set; } = [];

    public IReadOnlyList<StoredDayRule> Days { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? source, string? reason)
    {
        if (file is null || file.Length == 0 || file.Length > MaxFileBytes)
        {
            ModelState.AddModelError("File",
                "Выберите XML-файл календаря размером до 1 МБ.");
            await LoadAsync();
            return Page();
        }

        await using var stream = file.OpenReadStream();
        var result = await admin.ImportYearAsync(stream, source ?? "", reason);
        return await DoneAsync(result.Error, result.IsSuccess
            ? $"Календарь на {result.Value!.Year} год загружен."
            : null);
    }

    public async Task<IActionResult> OnPostDayAsync(string? date, bool working, string? note, string? reason)
    {
        if (CalendarApi.ParseDate(date) is not { } day)
        {
            ModelState.AddModelError("Date", "Укажите дату.");
            await LoadAsync();
            return Page();
        }

        var result = await admin.SetDayAsync(day, working, note, reason);
        return await DoneAsync(result.Error, "День сохранён.");
    }

    public async Task<IActionResult> OnPostRemoveDayAsync(int id, string? reason)
    {
        var result = await admin.RemoveDayAsync(id, reason);
        return await DoneAsync(result.Error, "Изменение отменено.");
    }

    public async Task<IActionResult> OnPostRemoveYearAsync(int year, string? reason)
    {
        var result = await admin.RemoveYearAsync(year, reason);
        return await DoneAsync(result.Error,
            $"Для {year} года действуют поставляемые данные.");
    }

    private async Task<IActionResult> DoneAsync(Infrastructure.Errors.Error? error, string? message)
    {
        if (error is not null)
        {
            ModelState.AddError(error);
            await LoadAsync();
            return Page();
        }

        Flash.Put(TempData, message ?? "Сохранено.");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Days = await db.CalendarDays.AsNoTracking().Where(d => d.StoredYear == null).OrderBy(d => d.Date).ToListAsync();
    }
}
