using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Otklik.Web.Features.Knowledge.Gaps;
using Otklik.Web.Features.Shared;
using Otklik.Web.Infrastructure.Data;

namespace Otklik.Web.Features.Knowledge;

public sealed class GapsModel(OtklikDbContext db, KnowledgeGaps gaps, KnowledgeAccess access) : PageModel
{
    public IReadOnlyList<KnowledgeCandidate> Candidates { get; private set; } = [];

    public IReadOnlyList<KnowledgeSection> MySections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await gaps.RefreshAsync();
        Candidates = await gaps.OpenForAsync(User);
        var editable = await access.EditableSectionsAsync(User);
        MySections = await db.KnowledgeSections.AsNoTracking().Where(s => editable.Contains(s.Id))
            .OrderBy(s => s.Title).ToListAsync();
    }

    public async Task<IActionResult> OnPostDismissAsync(int id)
    {
        var result = await gaps.DecideAsync(id, CandidateState.Dismissed, null, User);
        Flash.Put(TempData, result.IsSuccess ? "Кандидат отклонён." : result.Error!.Message);
        return Redirect("/knowledge/gaps");
    }
}
