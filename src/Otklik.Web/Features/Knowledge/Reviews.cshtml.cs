using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Otklik.Web.Features.Knowledge;

// Due and overdue reviews of the sections the user answers for (R29.1).
public sealed class ReviewsModel(KnowledgeReviews reviews) : PageModel
{
    public IReadOnlyList<SectionReviewState> Sections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Sections = await reviews.DueAsync(User);
    }
}
