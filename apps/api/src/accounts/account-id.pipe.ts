import { Param } from '@nestjs/common';
import { ProjectIdPipe } from '../projects/project-id.pipe.js';

/** The `:id` path parameter of account routes, checked like a project id (ids share one pattern). */
export const AccountId = () => Param('id', new ProjectIdPipe());
