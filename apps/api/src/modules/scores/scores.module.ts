import { Module } from '@nestjs/common';
import { ScoreRepository } from './score.repository';
import { ScoresController } from './scores.controller';
import { ScoresService } from './scores.service';

@Module({ controllers: [ScoresController], providers: [ScoresService, ScoreRepository] })
export class ScoresModule {}
