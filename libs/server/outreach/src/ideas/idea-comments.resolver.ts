import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Person, PeopleService } from '@relais/server-people';
import type { RequestContext } from '@relais/server-shared';
import { perRequest, requireViewer } from '@relais/server-shared';
import { IdeaComment } from './idea-comment.type';
import { IdeaShare } from './idea-share.type';
import { IdeaSharesService } from './idea-shares.service';
import { IdeaCommentsService } from './idea-comments.service';
import { Idea } from './idea.type';

@Resolver(() => IdeaComment)
export class IdeaCommentsResolver {
  constructor(
    private readonly comments: IdeaCommentsService,
    private readonly people: PeopleService,
  ) {}

  @Mutation(() => IdeaComment, {
    description: 'Any signed-in person who sees the idea, not a hidden one (CONFLICT IDEA_HIDDEN); 1 to 2000 characters; 30 a day (FORBIDDEN TOO_MANY_ATTEMPTS).',
  })
  commentIdea(@Context() context: RequestContext, @Args('ideaId', { type: () => ID }) ideaId: string, @Args('body') body: string): Promise<IdeaComment> {
    return this.comments.comment(requireViewer(context.viewer), ideaId, body);
  }

  @Mutation(() => IdeaComment, { description: 'Those who may moderate its idea: the comment is hidden from all but its author and them; audited.' })
  hideIdeaComment(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<IdeaComment> {
    return this.comments.hide(requireViewer(context.viewer), id);
  }

  @ResolveField(() => Person)
  async author(@Parent() comment: IdeaComment, @Context() context: RequestContext): Promise<Person> {
    return (await perRequest(context, 'person', () => this.people.createLoader()).load(comment.authorId)) as Person;
  }
}

@Resolver(() => Idea)
export class IdeaCommentsFieldResolver {
  constructor(
    private readonly thread: IdeaCommentsService,
    private readonly shares: IdeaSharesService,
  ) {}

  @ResolveField(() => IdeaShare, { description: 'The caller’s own link to share it (with their referral code), and what it brought.' })
  myShare(@Parent() idea: Idea, @Context() context: RequestContext): Promise<IdeaShare> {
    return this.shares.mine(requireViewer(context.viewer), idea.id);
  }

  @ResolveField(() => [IdeaComment], { description: 'Oldest first, the newest 200; hidden ones only for their author and those who may moderate the idea.' })
  comments(@Parent() idea: Idea, @Context() context: RequestContext): Promise<IdeaComment[]> {
    return this.thread.list(requireViewer(context.viewer), idea);
  }
}
